import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, OUTBOX_RETRY, earliestRetrySeconds, retryBudget, retryWaitsMinutes } from "./backoff";

describe("outbox retry settings", () => {
  it("waits at least 3, 6, 12 … minutes, doubling, never more than the cap", () => {
    expect(retryWaitsMinutes()).toEqual([3, 6, 12, 24, 48, 96, 192]);
    expect(earliestRetrySeconds(30, OUTBOX_RETRY)).toBe(OUTBOX_RETRY.retryDelayMax);
  });

  it("a fixed delay without backoff", () => {
    expect(earliestRetrySeconds(4, { retryDelay: 7, retryBackoff: false, retryDelayMax: 100 })).toBe(7);
  });

  it("a new row gets the whole budget; a row past it (re-queued) exactly one try", () => {
    expect(MAX_ATTEMPTS).toBe(8);
    expect(retryBudget(0)).toBe(OUTBOX_RETRY.retryLimit);
    expect(retryBudget(3)).toBe(OUTBOX_RETRY.retryLimit - 3);
    expect(retryBudget(MAX_ATTEMPTS)).toBe(0);
    expect(retryBudget(MAX_ATTEMPTS + 3)).toBe(0);
  });
});
