import Link from "next/link";
import { MarkData } from "@/components/i18n/mark-data";
import type { Locale, TFunction } from "@/lib/i18n/core";
import type { DeptTaskList } from "@/lib/approvals/list-dept-tasks";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText, formatDateTime } from "@/components/ui/date-time";
import { DueDay } from "@/components/ui/due-day";
import { dataName } from "@/lib/i18n/data";
import { TaskFlags } from "./task-flags";

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

const matterNames = (t: TFunction, locale: Locale, matters: { code: string; name: string }[]) =>
  matters.map((m) => dataName("matter", m.code, m.name, locale)).join(t("common.listSeparator"));

/** The department's open tasks, due first; a paused task shows that instead of a due date. */
export function OpenTasksTable({ t, locale, list }: { t: TFunction; locale: Locale; list: Pick<DeptTaskList, "open" | "openTotal"> }) {
  return (
    <>
      {list.openTotal > list.open.length ? (
        <p className="mb-2 text-sm text-slate-700">{t("deptDesk.list.shown", { total: list.openTotal, shown: list.open.length })}</p>
      ) : null}
      <DataTable
        caption={t("deptDesk.list.caption")}
        testId="dept-tasks"
        headers={[
          t("deptDesk.list.colApplication"),
          t("deptDesk.list.colMatters"),
          t("deptDesk.list.colStatus"),
          t("deptDesk.list.colPromised"),
          t("deptDesk.list.colStatutory"),
          t("deptDesk.list.colNotes"),
        ]}
      >
        {list.open.map((task) => (
          <tr key={task.id} data-testid="dept-task-row" data-task-id={task.id}>
            <th scope="row" className={`${CELL} min-w-40 font-medium`}>
              <Link href={`/dept/tasks/${task.id}`} className="text-brand-700 underline">
                <MarkData text={task.applicationName} data={[task.applicationName]} />
              </Link>
              <span className="mt-0.5 block text-xs font-normal text-slate-600">
                {t("deptDesk.list.dispatchedAt", { time: formatDateTime(task.dispatchedAt, locale) })}
              </span>
            </th>
            <td className={`${CELL} min-w-32`}>{matterNames(t, locale, task.matters)}</td>
            <td className={`${CELL} min-w-28`}>{t(`taskStatus.${task.status}`)}</td>
            <td className={`${CELL} whitespace-nowrap`}>{task.promisedDueAt ? <DueDay date={task.promisedDueAt} /> : t("deptDesk.flags.paused")}</td>
            <td className={`${CELL} whitespace-nowrap`}>{task.statutoryDueAt ? <DueDay date={task.statutoryDueAt} /> : t("deptDesk.flags.paused")}</td>
            <td className={`${CELL} min-w-52`}>
              <TaskFlags t={t} locale={locale} timing={task.timing} awaitingCorrection={task.awaitingCorrection} awaitingMaterials={task.awaitingMaterials} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** The latest decisions, newest first. */
export function DecidedTasksTable({ t, locale, decided }: { t: TFunction; locale: Locale; decided: DeptTaskList["decided"] }) {
  return (
    <DataTable
      caption={t("deptDesk.list.decidedCaption")}
      testId="dept-decided"
      headers={[t("deptDesk.list.colApplication"), t("deptDesk.list.colMatters"), t("deptDesk.list.colResult"), t("deptDesk.list.colDecidedAt")]}
    >
      {decided.map((task) => (
        <tr key={task.id}>
          <th scope="row" className={`${CELL} min-w-40 font-medium`}>
            <Link href={`/dept/tasks/${task.id}`} className="text-brand-700 underline">
              <MarkData text={task.applicationName} data={[task.applicationName]} />
            </Link>
          </th>
          <td className={`${CELL} min-w-32`}>{matterNames(t, locale, task.matters)}</td>
          <td className={`${CELL} min-w-28`}>{t(`taskStatus.${task.status}`)}</td>
          <td className={`${CELL} whitespace-nowrap`}>{task.decidedAt ? <DateTimeText date={task.decidedAt} locale={locale} /> : null}</td>
        </tr>
      ))}
    </DataTable>
  );
}
