import type { WindowTask } from "@/lib/approvals/get-window-application";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/date-time";
import { DueDay } from "@/components/ui/due-day";
import { DataName } from "@/components/i18n/data-name";
import { dataNames } from "@/lib/i18n/data";

/** Every department's task (并联审批): status, promised and statutory due dates, and what it said. */
export function TaskProgress({ tasks, t, locale }: { tasks: WindowTask[]; t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="tasks-heading" className="space-y-2">
      <h2 id="tasks-heading" className="text-lg font-semibold">
        {t("window.tasks.heading")}
      </h2>
      {tasks.length === 0 ? (
        <p className="text-slate-700">{t("window.tasks.none")}</p>
      ) : (
        <DataTable
          caption={t("window.tasks.caption")}
          headers={[
            t("window.tasks.colDepartment"),
            t("window.tasks.colMatters"),
            t("window.tasks.colStatus"),
            t("window.tasks.colPromised"),
            t("window.tasks.colStatutory"),
            t("window.tasks.colNotes"),
          ]}
          testId="task-progress"
        >
          {tasks.map((task) => {
            const open = task.dispatchedAt !== null && task.decidedAt === null;
            return (
              <tr key={task.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">
                  <DataName kind="department" zh={task.department} locale={locale} />
                </td>
                <td className="px-3 py-2">{dataNames("matter", task.matters, locale, t("common.listSeparator"))}</td>
                <td className="px-3 py-2">
                  {task.dispatchedAt ? t(`taskStatus.${task.status}`) : t("window.tasks.notDispatched")}
                  {task.overdue ? <strong className="block text-red-800">{t("window.tasks.overdue")}</strong> : null}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {open ? task.promisedDueAt ? <DueDay date={task.promisedDueAt} /> : t("window.tasks.paused") : null}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {open ? task.statutoryDueAt ? <DueDay date={task.statutoryDueAt} /> : t("window.tasks.paused") : null}
                </td>
                <td className="px-3 py-2">
                  {task.decidedAt ? <span className="block">{t("window.tasks.decidedAt", { date: formatDateTime(task.decidedAt, locale) })}</span> : null}
                  {task.decisionReason ? <span className="block break-words">{t("window.tasks.reason", { reason: task.decisionReason })}</span> : null}
                  {task.openCorrection ? (
                    <span className="block break-words">{t("window.tasks.correction", { request: task.openCorrection.request })}</span>
                  ) : null}
                  {task.onsiteNote && task.status === "ONSITE_CHECK" ? (
                    <span className="block break-words">{t("window.tasks.onsite", { note: task.onsiteNote })}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
