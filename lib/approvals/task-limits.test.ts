import { describe, expect, it } from "vitest";
import { taskLimits, type LimitItem } from "./task-limits";

const item = (statutoryDays: number, promisedDays: number, extra: Partial<LimitItem["matter"]> & { useCommitment?: boolean } = {}): LimitItem => ({
  useCommitment: extra.useCommitment ?? false,
  matter: { statutoryDays, promisedDays, processingType: extra.processingType ?? "COMMITTED", reformMode: extra.reformMode ?? "OPTIMIZE" },
});

describe("a task's limits", () => {
  it.each<[string, LimitItem[], { statutoryDays: number; promisedDays: number }]>([
    ["one matter: its own limits", [item(20, 5)], { statutoryDays: 20, promisedDays: 5 }],
    ["several matters of one department: the longest of each", [item(20, 5), item(15, 8)], { statutoryDays: 20, promisedDays: 8 }],
    ["即办件: the same working day", [item(20, 5, { processingType: "INSTANT" })], { statutoryDays: 0, promisedDays: 0 }],
    [
      "taken by commitment (告知承诺): decided on the commitment at once",
      [item(20, 10, { reformMode: "COMMITMENT", useCommitment: true })],
      { statutoryDays: 0, promisedDays: 0 },
    ],
    [
      "a commitment-mode matter without the commitment: the normal limits",
      [item(20, 10, { reformMode: "COMMITMENT" })],
      { statutoryDays: 20, promisedDays: 10 },
    ],
    ["a promise can never exceed the statutory limit", [item(5, 10)], { statutoryDays: 5, promisedDays: 5 }],
  ])("%s", (_label, items, expected) => {
    expect(taskLimits(items)).toEqual(expected);
  });
});
