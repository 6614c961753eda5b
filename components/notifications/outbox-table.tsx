import type { Locale, TFunction } from "@/lib/i18n/core";
import type { OutboxOverview } from "@/lib/notifications/list-outbox";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { ActionButton } from "./action-button";
import type { FormAction } from "@/lib/actions/types";

const STATUS_LOOK = {
  PENDING: "bg-amber-100 text-amber-900",
  DELIVERED: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;

/** The administrator's view of outbox rows; FAILED rows carry a re-queue button (`requeueAction`, passed by the page). */
export function OutboxTable({
  rows,
  t,
  locale,
  caption,
  requeueAction,
}: {
  rows: OutboxOverview["rows"];
  t: TFunction;
  locale: Locale;
  caption: string;
  requeueAction: FormAction;
}) {
  const none = <span className="text-slate-600">{t("inbox.outbox.none")}</span>;
  return (
    <DataTable
      caption={caption}
      testId="outbox-table"
      headers={[
        t("inbox.outbox.colTopic"),
        t("inbox.outbox.colTarget"),
        t("inbox.outbox.colStatus"),
        t("inbox.outbox.colAttempts"),
        t("inbox.outbox.colLastError"),
        t("inbox.outbox.colNextAttempt"),
        t("inbox.outbox.colDeliveredAt"),
        t("inbox.outbox.colCreatedAt"),
        t("inbox.outbox.colActions"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-200 align-top" data-testid="outbox-row" data-status={r.status}>
          <td className="px-3 py-2 font-mono text-xs">{r.topic}</td>
          <td className="px-3 py-2 font-mono text-xs">{r.target}</td>
          <td className="px-3 py-2">
            <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_LOOK[r.status]}`}>
              {t(`inbox.outbox.status.${r.status}`)}
            </span>
          </td>
          <td className="px-3 py-2 tabular-nums">{r.attempts}</td>
          <td className="max-w-xs break-words px-3 py-2 text-slate-800">{r.lastError ?? none}</td>
          {/* Only a waiting row has a next try; a delivered or failed one is not tried again by itself. */}
          <td className="whitespace-nowrap px-3 py-2">{r.status === "PENDING" ? <DateTimeText date={r.nextAttemptAt} locale={locale} /> : none}</td>
          <td className="whitespace-nowrap px-3 py-2">{r.deliveredAt ? <DateTimeText date={r.deliveredAt} locale={locale} /> : none}</td>
          <td className="whitespace-nowrap px-3 py-2">
            <DateTimeText date={r.createdAt} locale={locale} />
          </td>
          <td className="px-3 py-2">
            {r.status === "FAILED" ? (
              <ActionButton
                action={requeueAction}
                fields={{ id: r.id }}
                label={t("inbox.outbox.requeue")}
                ariaLabel={t("inbox.outbox.requeueOf", { topic: r.topic, target: r.target })}
                pendingLabel={t("inbox.working")}
              />
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
