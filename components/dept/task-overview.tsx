import type { ReactNode } from "react";
import type { Locale, TFunction } from "@/lib/i18n/core";
import type { DeptTaskView } from "@/lib/approvals/get-dept-task";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText, formatDateTime } from "@/components/ui/date-time";
import { shanghaiDay } from "@/lib/calendar/dates";
import { ModeBadge } from "@/components/catalog/mode-badge";
import { DataName, Zh } from "@/components/i18n/data-name";
import { TaskFlags } from "./task-flags";

const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** Label–value pairs as a definition list, so screen readers read "label: value". */
export function Facts({ rows, testId }: { rows: { label: string; value: ReactNode; testId?: string }[]; testId?: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid={testId}>
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="font-medium text-slate-700">{r.label}</dt>
          <dd className="break-words text-slate-900" data-testid={r.testId}>
            {r.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function limit(t: TFunction, days: number, due: Date | null): string {
  if (!due) return days === 0 ? t("deptDesk.task.instantPausedValue") : t("deptDesk.task.pausedValue", { days });
  return t(days === 0 ? "deptDesk.task.instantValue" : "deptDesk.task.limitValue", { days, due: shanghaiDay(due) });
}

/** The task's status and clock: due dates (or that the clock is paused, since when), the decision once made. */
export function TaskClock({ t, locale, view }: { t: TFunction; locale: Locale; view: DeptTaskView }) {
  const task = view.task;
  const rows = [
    { label: t("deptDesk.task.status"), value: <strong>{t(`taskStatus.${task.status}`)}</strong>, testId: "task-status" },
    { label: t("deptDesk.task.dispatchedAt"), value: <DateTimeText date={task.dispatchedAt} locale={locale} /> },
    { label: t("deptDesk.task.promised"), value: limit(t, task.promisedDays, task.promisedDueAt), testId: "task-promised" },
    { label: t("deptDesk.task.statutory"), value: limit(t, task.statutoryDays, task.statutoryDueAt), testId: "task-statutory" },
    ...(task.pausedSince
      ? [{ label: t("deptDesk.task.pausedSince"), value: <DateTimeText date={task.pausedSince} locale={locale} />, testId: "task-paused-since" }]
      : []),
    ...(task.pausedDays > 0 ? [{ label: t("deptDesk.task.pausedDays"), value: t("deptDesk.task.pausedDaysValue", { n: task.pausedDays }) }] : []),
    ...(task.onsiteNote ? [{ label: t("deptDesk.task.onsiteNote"), value: task.onsiteNote }] : []),
    // The officer's display name is account data, shown as it is (marked Chinese).
    ...(task.assigneeName ? [{ label: t("deptDesk.task.assignee"), value: <Zh>{task.assigneeName}</Zh> }] : []),
    ...(task.decidedAt
      ? [
          { label: t("deptDesk.task.decidedAt"), value: <DateTimeText date={task.decidedAt} locale={locale} /> },
          { label: t("deptDesk.task.decisionReason"), value: task.decisionReason ?? t("deptDesk.task.noReason") },
        ]
      : []),
  ];
  return (
    <div className="space-y-3">
      <TaskFlags
        t={t}
        locale={locale}
        timing={task.timing}
        awaitingCorrection={view.corrections.some((c) => !c.answeredAt)}
        awaitingMaterials={view.awaitingMaterials}
        showNone={false}
      />
      <Facts rows={rows} testId="task-clock" />
    </div>
  );
}

export function TaskApplication({ t, locale, view }: { t: TFunction; locale: Locale; view: DeptTaskView }) {
  const a = view.application;
  return (
    <Facts
      rows={[
        { label: t("deptDesk.task.applicant"), value: a.applicantName },
        { label: t("deptDesk.task.uscc"), value: a.uscc ?? t("deptDesk.task.newEnterprise") },
        ...(a.submittedAt ? [{ label: t("deptDesk.task.submittedAt"), value: <DateTimeText date={a.submittedAt} locale={locale} /> }] : []),
        ...(a.acceptedAt ? [{ label: t("deptDesk.task.acceptedAt"), value: <DateTimeText date={a.acceptedAt} locale={locale} /> }] : []),
      ]}
    />
  );
}

/** The department's matters: reform mode, and whether the applicant chose and signed 告知承诺. */
export function TaskMatters({ t, locale, matters }: { t: TFunction; locale: Locale; matters: DeptTaskView["matters"] }) {
  return (
    <DataTable
      caption={t("deptDesk.task.mattersCaption")}
      testId="task-matters"
      headers={[t("deptDesk.task.colMatter"), t("deptDesk.task.colMode"), t("deptDesk.task.colCommitment"), t("deptDesk.task.colItemStatus")]}
    >
      {matters.map((m) => (
        <tr key={m.code}>
          <th scope="row" className={`${CELL} min-w-40 font-medium`}>
            <DataName kind="matter" code={m.code} zh={m.name} locale={locale} />
          </th>
          <td className={CELL}>
            <ModeBadge mode={m.reformMode} label={t(`modes.${m.reformMode}`)} />
          </td>
          <td className={`${CELL} min-w-40`} data-testid="matter-commitment">
            {m.reformMode !== "COMMITMENT"
              ? t("deptDesk.task.commitmentNotApplicable")
              : !m.useCommitment
                ? t("deptDesk.task.notCommitted")
                : m.commitmentSignedAt
                  ? t("deptDesk.task.committed", { time: formatDateTime(m.commitmentSignedAt, locale) })
                  : t("deptDesk.task.commitmentUnsigned")}
          </td>
          <td className={CELL}>{t(`itemStatus.${m.status}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** 并联审批: where every other department stands (status only). */
export function OtherDepartments({ t, locale, others }: { t: TFunction; locale: Locale; others: DeptTaskView["otherDepartments"] }) {
  if (!others.length) return <p className="text-slate-700">{t("deptDesk.task.othersEmpty")}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">{t("deptDesk.task.othersLead")}</p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="other-departments">
        {others.map((d) => (
          <li key={d.name} className="flex flex-wrap justify-between gap-2 px-3 py-2">
            <span>
              <DataName kind="department" zh={d.name} locale={locale} />
            </span>
            <span className="font-medium">{t(`taskStatus.${d.status}`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
