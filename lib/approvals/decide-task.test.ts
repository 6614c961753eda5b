import { describe, expect, it } from "vitest";
import { nextTaskStatus } from "./decide-task";

describe("task transitions", () => {
  it.each([
    ["PENDING", "approve", "APPROVED"],
    ["PENDING", "reject", "REJECTED"],
    ["PENDING", "correction", "CORRECTION_REQUESTED"],
    ["PENDING", "onsite", "ONSITE_CHECK"],
    ["IN_REVIEW", "approve", "APPROVED"],
    ["ONSITE_CHECK", "approve", "APPROVED"],
    ["ONSITE_CHECK", "correction", "CORRECTION_REQUESTED"],
    ["ONSITE_CHECK", "onsite", null],
    ["CORRECTION_REQUESTED", "approve", null],
    ["CORRECTION_REQUESTED", "correction", null],
    ["APPROVED", "reject", null],
    ["REJECTED", "approve", null],
  ] as const)("%s + %s → %s", (from, action, to) => {
    expect(nextTaskStatus(from, action)).toBe(to);
  });
});
