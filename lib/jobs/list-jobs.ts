import "server-only";
// The administrator's view of the job queue: counts per queue and state, the schedules with their next run,
// and a page of the recent running / retrying / failed jobs with their error. Read from pg-boss's own tables
// in the database, paged there.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { getDb } from "@/lib/db";
import { getBoss } from "./boss";
import { JOBS_SCHEMA, QUEUE_NAMES, SCHEDULE_TZ, isQueueName, type QueueName } from "./queues";
import { LISTED_STATES, ZJobsFilter, type ListedState } from "./schemas";

export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];
export const JOBS_PAGE_SIZE = 20;

export interface JobRow {
  id: string;
  queue: QueueName;
  state: JobState;
  /** Tries so far (a job not yet started has had none) and in all. */
  tries: number;
  maxTries: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** The error of a failed try (pg-boss keeps the last one on the job). */
  error: string | null;
}

export interface JobsOverview {
  queues: { name: QueueName; counts: Record<JobState, number> }[];
  schedules: { name: QueueName; cron: string; timezone: string; nextRun: Date | null }[];
  state: ListedState | undefined;
  page: number;
  hasNext: boolean;
  jobs: JobRow[];
}

const job = (table: string) => `${JOBS_SCHEMA}.${table}`;

export async function listJobs(opts: { actor: SessionUser; input: unknown }): Promise<JobsOverview> {
  assertCan(opts.actor.role, "jobs.manage");
  const { state, page } = ZJobsFilter.parse(opts.input ?? {});
  // Installs pg-boss's schema if no instance has yet, so the reads below always find their tables.
  const boss = await getBoss();
  const db = getDb();
  const names = [...QUEUE_NAMES];
  const states = state ? [state] : [...LISTED_STATES];
  const [counts, rows, schedules] = await Promise.all([
    db.$queryRawUnsafe<{ name: string; state: JobState; n: number }[]>(
      `SELECT name, state::text AS state, count(*)::int AS n FROM ${job("job")} WHERE name = ANY($1::text[]) GROUP BY 1, 2`,
      names,
    ),
    db.$queryRawUnsafe<
      {
        id: string;
        name: string;
        state: JobState;
        retry_count: number;
        retry_limit: number;
        created_on: Date;
        started_on: Date | null;
        completed_on: Date | null;
        error: string | null;
      }[]
    >(
      `SELECT id::text, name, state::text AS state, retry_count, retry_limit, created_on, started_on, completed_on,
              CASE WHEN jsonb_typeof(output) = 'object' THEN COALESCE(output->>'message', output::text) ELSE output::text END AS error
       FROM ${job("job")}
       WHERE name = ANY($1::text[]) AND state::text = ANY($2::text[])
       ORDER BY COALESCE(completed_on, started_on, created_on) DESC, id
       LIMIT $3 OFFSET $4`,
      names,
      states,
      JOBS_PAGE_SIZE + 1,
      (page - 1) * JOBS_PAGE_SIZE,
    ),
    boss.getSchedules(),
  ]);

  const queues = names.map((name) => {
    const c = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    for (const r of counts) if (r.name === name) c[r.state] = r.n;
    return { name, counts: c };
  });
  return {
    queues,
    schedules: schedules
      .filter((s) => isQueueName(s.name))
      .map((s) => ({
        name: s.name as QueueName,
        cron: s.cron,
        timezone: s.timezone,
        nextRun: boss.previewSchedule(s.cron, { tz: s.timezone || SCHEDULE_TZ, count: 1 })[0] ?? null,
      })),
    state,
    page,
    hasNext: rows.length > JOBS_PAGE_SIZE,
    jobs: rows.slice(0, JOBS_PAGE_SIZE).map((r) => ({
      id: r.id,
      queue: r.name as QueueName,
      state: r.state,
      // retry_count counts the claims after the first; a job waiting for its first run has had none.
      tries: r.started_on ? r.retry_count + 1 : 0,
      maxTries: r.retry_limit + 1,
      createdOn: r.created_on,
      startedOn: r.started_on,
      completedOn: r.completed_on,
      error: r.state === "failed" || r.state === "retry" ? r.error : null,
    })),
  };
}
