import { describe, expect, it } from "vitest";
import { holidays } from "@/prisma/seed/data/holidays";
import type { CalendarDays } from "@/lib/calendar/working-days";
import { dueSoonLimit, taskTiming } from "./task-timing";

const calendar: CalendarDays = new Map(holidays.map((h) => [h.date, h.kind]));
// Friday 2026-11-27, 10:00 in Shanghai: the next working day is Monday 11-30.
const NOW = new Date("2026-11-27T02:00:00Z");
const SOON = dueSoonLimit(NOW, calendar);
const dispatchedAt = new Date("2026-11-20T02:00:00Z");
const endOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`);

describe("dueSoonLimit", () => {
  it("ends with the next working day: over a weekend, over 国庆, and on the make-up Saturday", () => {
    expect(SOON).toEqual(endOf("2026-11-30"));
    expect(dueSoonLimit(new Date("2026-09-30T02:00:00Z"), calendar)).toEqual(endOf("2026-10-08"));
    expect(dueSoonLimit(new Date("2026-10-09T02:00:00Z"), calendar)).toEqual(endOf("2026-10-10"));
  });
});

describe("taskTiming", () => {
  it.each([
    ["due Monday: due soon", { status: "IN_REVIEW", dispatchedAt, promisedDueAt: endOf("2026-11-30") }, { paused: false, overdue: false, dueSoon: true }],
    ["due Tuesday: not yet", { status: "PENDING", dispatchedAt, promisedDueAt: endOf("2026-12-01") }, { paused: false, overdue: false, dueSoon: false }],
    ["due yesterday: overdue", { status: "ONSITE_CHECK", dispatchedAt, promisedDueAt: endOf("2026-11-26") }, { paused: false, overdue: true, dueSoon: false }],
    [
      "no due date while a correction is awaited: paused",
      { status: "CORRECTION_REQUESTED", dispatchedAt, promisedDueAt: null },
      { paused: true, overdue: false, dueSoon: false },
    ],
    ["decided: its clock is over", { status: "APPROVED", dispatchedAt, promisedDueAt: endOf("2026-11-26") }, { paused: false, overdue: false, dueSoon: false }],
    ["not dispatched: no clock yet", { status: "PENDING", dispatchedAt: null, promisedDueAt: null }, { paused: false, overdue: false, dueSoon: false }],
  ] as const)("%s", (_label, task, expected) => {
    expect(taskTiming(task, NOW, SOON)).toEqual(expected);
  });

  it("flags nothing as due soon without a limit (the window does not)", () => {
    expect(taskTiming({ status: "IN_REVIEW", dispatchedAt, promisedDueAt: endOf("2026-11-30") }, NOW, null)).toEqual({
      paused: false,
      overdue: false,
      dueSoon: false,
    });
  });
});
