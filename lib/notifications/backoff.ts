// How a failed push is tried again. The waits are pg-boss's own retry backoff (lib/jobs: the outbox-deliver
// queue); this file holds the settings and the arithmetic the delivery and the pages share. Pure.
// The gateway of the 互联网+监管 / credit platform may be down for maintenance for hours; the waits double so
// a long outage costs a handful of tries (about 6 to 13 hours in all), and after the last one an
// administrator decides (re-queue).

/** pg-boss retry options of one push's job (job-level options override the queue's). */
export interface OutboxRetry {
  /** Tries after the first. */
  retryLimit: number;
  /** Seconds before the first retry; each later wait doubles (pg-boss adds up to as much again at random). */
  retryDelay: number;
  retryBackoff: boolean;
  /** No single wait is longer. */
  retryDelayMax: number;
}

export const OUTBOX_RETRY: OutboxRetry = { retryLimit: 7, retryDelay: 180, retryBackoff: true, retryDelayMax: 6 * 3600 };

/** Tries in all: the first one plus one after each wait. */
export const MAX_ATTEMPTS = OUTBOX_RETRY.retryLimit + 1;

/**
 * The retry limit of a new delivery job for a row that has had `attempts` tries: what is left of the
 * budget, and for a row past it (an administrator re-queued it) exactly one more try, so should it fail
 * again it is FAILED at once rather than retried for hours.
 */
export function retryBudget(attempts: number, retry: Pick<OutboxRetry, "retryLimit"> = OUTBOX_RETRY): number {
  return Math.max(0, retry.retryLimit - attempts);
}

/**
 * The shortest wait pg-boss can choose after the failure of a job whose retryCount is `retryCount`: its
 * backoff is delay · 2^(n+1)/2 · (1 + random), capped at retryDelayMax (pg-boss plans.js, failJobs). The
 * row's nextAttemptAt is set to this "not before" time.
 */
export function earliestRetrySeconds(retryCount: number, retry: Omit<OutboxRetry, "retryLimit">): number {
  if (!retry.retryBackoff) return retry.retryDelay;
  const base = Math.max(retry.retryDelay, 1) * (2 ** Math.min(16, retryCount + 1) / 2);
  return Math.min(retry.retryDelayMax, base);
}

/** The shortest wait before each retry, in minutes, for the page that explains them. */
export function retryWaitsMinutes(retry: OutboxRetry = OUTBOX_RETRY): number[] {
  return Array.from({ length: retry.retryLimit }, (_, n) => Math.round(earliestRetrySeconds(n, retry) / 60));
}
