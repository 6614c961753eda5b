import type { Locale, TFunction } from "@/lib/i18n/core";
import type { JobState, JobsOverview } from "@/lib/jobs/list-jobs";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import type { FormAction } from "@/lib/actions/types";
import { ActionButton } from "@/components/notifications/action-button";

const STATE_LOOK: Record<JobState, string> = {
  created: "bg-slate-100 text-slate-900",
  retry: "bg-amber-100 text-amber-900",
  active: "bg-blue-100 text-blue-900",
  completed: "bg-green-100 text-green-900",
  cancelled: "bg-slate-100 text-slate-900",
  failed: "bg-red-100 text-red-900",
};

export function JobStateBadge({ state, t }: { state: JobState; t: TFunction }) {
  return <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${STATE_LOOK[state]}`}>{t(`jobs.state.${state}`)}</span>;
}

const COUNTED: JobState[] = ["created", "retry", "active", "completed", "failed"];

/** Each queue's jobs by state (counted in the database now). */
export function QueueCounts({ queues, t }: { queues: JobsOverview["queues"]; t: TFunction }) {
  return (
    <DataTable caption={t("jobs.queuesCaption")} testId="jobs-queues" headers={[t("jobs.colQueue"), ...COUNTED.map((s) => t(`jobs.state.${s}`))]}>
      {queues.map((q) => (
        <tr key={q.name} className="border-t border-slate-200" data-testid="jobs-queue" data-queue={q.name}>
          <th scope="row" className="px-3 py-2 text-left font-normal">
            {t(`jobs.queue.${q.name}`)}
            <span className="block font-mono text-xs text-slate-600">{q.name}</span>
          </th>
          {COUNTED.map((s) => (
            <td key={s} className="px-3 py-2 tabular-nums" data-testid={`count-${s}`}>
              {q.counts[s]}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

export function ScheduleTable({ schedules, t, locale }: { schedules: JobsOverview["schedules"]; t: TFunction; locale: Locale }) {
  if (schedules.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{t("jobs.noSchedules")}</p>;
  return (
    <DataTable
      caption={t("jobs.schedulesCaption")}
      testId="jobs-schedules"
      headers={[t("jobs.colQueue"), t("jobs.colSchedule"), t("jobs.colTimezone"), t("jobs.colNextRun")]}
    >
      {schedules.map((s) => (
        <tr key={s.name} className="border-t border-slate-200" data-testid="jobs-schedule" data-queue={s.name}>
          <td className="px-3 py-2">{t(`jobs.queue.${s.name}`)}</td>
          <td className="px-3 py-2 font-mono text-xs">{s.cron}</td>
          <td className="px-3 py-2">{s.timezone}</td>
          <td className="whitespace-nowrap px-3 py-2">{s.nextRun ? <DateTimeText date={s.nextRun} locale={locale} /> : t("jobs.none")}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Recent running / retrying / failed jobs; a failed one carries a retry button. */
export function JobTable({
  jobs,
  t,
  locale,
  retry,
  caption,
}: {
  jobs: JobsOverview["jobs"];
  t: TFunction;
  locale: Locale;
  retry: FormAction;
  caption: string;
}) {
  const none = <span className="text-slate-600">{t("jobs.none")}</span>;
  const when = (d: Date | null) => (d ? <DateTimeText date={d} locale={locale} /> : none);
  return (
    <DataTable
      caption={caption}
      testId="jobs-recent"
      headers={[
        t("jobs.colQueue"),
        t("jobs.colState"),
        t("jobs.colAttempts"),
        t("jobs.colCreated"),
        t("jobs.colStarted"),
        t("jobs.colEnded"),
        t("jobs.colError"),
        t("jobs.colActions"),
      ]}
    >
      {jobs.map((j) => (
        <tr key={j.id} className="border-t border-slate-200 align-top" data-testid="job-row" data-state={j.state} data-queue={j.queue}>
          <td className="px-3 py-2">
            {t(`jobs.queue.${j.queue}`)}
            <span className="block font-mono text-xs text-slate-600">{j.id}</span>
          </td>
          <td className="px-3 py-2">
            <JobStateBadge state={j.state} t={t} />
          </td>
          <td className="px-3 py-2 tabular-nums">{t("jobs.attemptsOf", { n: j.tries, max: j.maxTries })}</td>
          <td className="whitespace-nowrap px-3 py-2">{when(j.createdOn)}</td>
          <td className="whitespace-nowrap px-3 py-2">{when(j.startedOn)}</td>
          <td className="whitespace-nowrap px-3 py-2">{when(j.completedOn)}</td>
          <td className="max-w-xs break-words px-3 py-2 text-slate-800" data-testid="job-error">
            {j.error ?? none}
          </td>
          <td className="px-3 py-2">
            {j.state === "failed" ? (
              <ActionButton
                action={retry}
                fields={{ queue: j.queue, id: j.id }}
                label={t("jobs.retry")}
                ariaLabel={t("jobs.retryOf", { queue: t(`jobs.queue.${j.queue}`), id: j.id })}
                pendingLabel={t("jobs.working")}
              />
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
