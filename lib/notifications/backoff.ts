// When a failed push is tried again. Pure: the delivery loop and its tests share it.
// The gateway of the 互联网+监管 / credit platform may be down for maintenance for hours; the waits grow so a
// long outage costs a handful of tries, and after the last one an administrator decides (re-queue).

/** Wait after the 1st, 2nd, … failed try. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 720] as const;

/** Tries in all: the first one plus one after each wait. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

export type AfterFailure = { status: "PENDING"; nextAttemptAt: Date } | { status: "FAILED" };

/**
 * `attempts` counts the tries made so far, the failed one included. A re-queued row keeps its count,
 * so after the last regular try it gets exactly one more.
 */
export function afterFailure(attempts: number, now: Date): AfterFailure {
  if (attempts >= MAX_ATTEMPTS) return { status: "FAILED" };
  const minutes = RETRY_DELAYS_MINUTES[Math.max(0, attempts - 1)]!;
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + minutes * 60_000) };
}
