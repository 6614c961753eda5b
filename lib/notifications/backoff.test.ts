import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, afterFailure } from "./backoff";

const NOW = new Date("2026-11-23T02:00:00Z");
const minutesLater = (r: ReturnType<typeof afterFailure>) => (r.status === "PENDING" ? (r.nextAttemptAt.getTime() - NOW.getTime()) / 60_000 : null);

describe("afterFailure", () => {
  it.each([
    [1, 1],
    [2, 5],
    [3, 30],
    [4, 120],
    [5, 720],
  ])("after failed try %i waits %i minutes", (attempts, minutes) => {
    expect(minutesLater(afterFailure(attempts, NOW))).toBe(minutes);
  });

  it("gives up after the last try, and at once for a re-queued row that fails again", () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(afterFailure(MAX_ATTEMPTS, NOW)).toEqual({ status: "FAILED" });
    expect(afterFailure(MAX_ATTEMPTS + 1, NOW)).toEqual({ status: "FAILED" });
  });
});
