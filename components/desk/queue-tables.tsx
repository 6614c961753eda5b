import Link from "next/link";
import { MarkData } from "@/components/i18n/mark-data";
import type { ReactNode } from "react";
import type { InApprovalRow, QueueRow, ReadyRow, RecentRow, WaitingRow } from "@/lib/approvals/list-window-queue";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { shanghaiDay } from "@/lib/calendar/dates";
import { DueDay } from "@/components/ui/due-day";
import { dataName, dataNames } from "@/lib/i18n/data";

const cell = "px-3 py-2 align-top";

/** `data-label`: the column name the phone layout shows above the value (components/ui/data-table.tsx). */
function ApplicationCell({ row, "data-label": label }: { row: QueueRow; "data-label"?: string }) {
  return (
    <td className={cell} data-label={label}>
      <Link href={`/desk/applications/${row.id}`} className="font-medium text-brand-700 underline">
        <MarkData text={row.name} data={[row.name]} />
      </Link>
    </td>
  );
}

/** One queue: heading, lead, "N of M" when it holds more than shown, and an honest empty state. */
function QueueSection({
  id,
  heading,
  lead,
  total,
  shown,
  empty,
  t,
  children,
}: {
  id: string;
  heading: string;
  lead?: string;
  total: number;
  shown: number;
  empty: string;
  t: TFunction;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2" data-testid={id}>
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      {lead ? <p className="text-sm text-slate-700">{lead}</p> : null}
      {shown === 0 ? <p className="text-slate-700">{empty}</p> : children}
      {total > shown && shown > 0 ? <p className="text-sm text-slate-700">{t("window.queue.shownOf", { shown, total })}</p> : null}
    </section>
  );
}

export function WaitingQueue({ rows, total, t, locale }: { rows: WaitingRow[]; total: number; t: TFunction; locale: Locale }) {
  return (
    <QueueSection
      id="queue-waiting"
      heading={t("window.queue.waitingHeading")}
      lead={t("window.queue.waitingLead")}
      total={total}
      shown={rows.length}
      empty={t("desk.emptyQueue")}
      t={t}
    >
      <DataTable
        caption={t("window.queue.waitingCaption")}
        headers={[
          t("window.queue.colSubmitted"),
          t("window.queue.colApplication"),
          t("window.queue.colApplicant"),
          t("window.queue.colMatters"),
          t("window.queue.colWaited"),
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200" data-testid="waiting-row">
            <td className={`${cell} whitespace-nowrap`}>
              <DateTimeText date={r.submittedAt} locale={locale} />
            </td>
            <ApplicationCell row={r} />
            <td className={cell}>
              <MarkData text={r.applicantName} data={[r.applicantName]} />
            </td>
            <td className={cell}>
              {dataNames("matter", r.matters, locale, t("common.listSeparator"))}
              {r.returnCount ? <span className="block text-sm text-amber-900">{t("window.queue.returnedBefore", { count: r.returnCount })}</span> : null}
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {r.workingDaysWaited ? t("window.queue.waitedDays", { days: r.workingDaysWaited }) : t("window.queue.waitedToday")}
            </td>
          </tr>
        ))}
      </DataTable>
    </QueueSection>
  );
}

export function InApprovalQueue({ rows, total, t, locale }: { rows: InApprovalRow[]; total: number; t: TFunction; locale: Locale }) {
  return (
    <QueueSection
      id="queue-in-approval"
      heading={t("window.queue.inApprovalHeading")}
      lead={t("window.queue.inApprovalLead")}
      total={total}
      shown={rows.length}
      empty={t("window.queue.inApprovalEmpty")}
      t={t}
    >
      <DataTable
        caption={t("window.queue.inApprovalCaption")}
        headers={[t("window.queue.colApplication"), t("window.queue.colAccepted"), t("window.queue.colDepartments"), t("window.queue.colEarliestDue")]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200" data-testid="in-approval-row">
            <ApplicationCell row={r} />
            <td className={`${cell} whitespace-nowrap`}>
              <DateTimeText date={r.acceptedAt} locale={locale} />
            </td>
            <td className={cell}>
              <ul className="space-y-1">
                {r.departments.map((d) => (
                  <li key={d.department}>
                    {t("common.labelValue", { label: dataName("departmentShort", null, d.department, locale), value: t(`taskStatus.${d.status}`) })}
                    {d.promisedDueAt
                      ? ` · ${t("window.queue.dueBy", { date: shanghaiDay(d.promisedDueAt) })}`
                      : d.paused
                        ? ` · ${t("window.queue.paused")}`
                        : null}
                    {d.overdue ? <strong className="ml-1 text-red-800">{t("window.queue.overdue")}</strong> : null}
                  </li>
                ))}
              </ul>
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {r.earliestDueAt ? <DueDay date={r.earliestDueAt} /> : r.paused ? t("window.queue.paused") : t("window.queue.decided")}
              {r.overdue ? <strong className="block text-red-800">{t("window.queue.overdue")}</strong> : null}
              {r.earliestDueAt && r.paused ? <span className="block text-sm text-slate-700">{t("window.queue.paused")}</span> : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </QueueSection>
  );
}

export function ReadyQueue({ rows, total, t, locale }: { rows: ReadyRow[]; total: number; t: TFunction; locale: Locale }) {
  return (
    <QueueSection
      id="queue-ready"
      heading={t("window.queue.readyHeading")}
      lead={t("window.queue.readyLead")}
      total={total}
      shown={rows.length}
      empty={t("window.queue.readyEmpty")}
      t={t}
    >
      <DataTable
        caption={t("window.queue.readyCaption")}
        headers={[t("window.queue.colApplication"), t("window.queue.colDecided"), t("window.queue.colIssuable")]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200" data-testid="ready-row">
            <ApplicationCell row={r} />
            <td className={`${cell} whitespace-nowrap`}>{r.decidedAt ? <DateTimeText date={r.decidedAt} locale={locale} /> : null}</td>
            <td className={cell}>
              {r.blockedBy.length ? (
                <span className="text-amber-900">
                  {t("window.queue.blockedBy", {
                    materials: r.blockedBy
                      .map((b) => t("window.queue.materialDue", { name: dataName("material", null, b.name, locale), date: shanghaiDay(b.deadline) }))
                      .join(t("common.listSeparator")),
                  })}
                </span>
              ) : (
                t("window.queue.issuable")
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </QueueSection>
  );
}

export function RecentList({ rows, t, locale }: { rows: RecentRow[]; t: TFunction; locale: Locale }) {
  return (
    <QueueSection
      id="queue-recent"
      heading={t("window.queue.recentHeading")}
      total={rows.length}
      shown={rows.length}
      empty={t("window.queue.recentEmpty")}
      t={t}
    >
      <DataTable caption={t("window.queue.recentCaption")} headers={[t("window.queue.colApplication"), t("window.queue.colStatus"), t("window.queue.colWhen")]}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-200" data-testid="recent-row">
            <ApplicationCell row={r} />
            <td className={cell}>{t(`status.${r.status}`)}</td>
            <td className={`${cell} whitespace-nowrap`}>{r.at ? <DateTimeText date={r.at} locale={locale} /> : null}</td>
          </tr>
        ))}
      </DataTable>
    </QueueSection>
  );
}
