import { describe, expect, it } from "vitest";
import { holidays } from "@/prisma/seed/data/holidays";
import { taskClock, workingDaysBetween, type Pause } from "./task-clock";
import type { CalendarDays } from "./working-days";

const calendar: CalendarDays = new Map(holidays.map((h) => [h.date, h.kind]));
// Beijing 10:00 / 16:00 on the given day.
const am = (day: string) => new Date(`${day}T02:00:00Z`);
const pm = (day: string) => new Date(`${day}T08:00:00Z`);

describe("task clock: due dates over the 2026 calendar", () => {
  it.each<[string, string, number, Pause[], string]>([
    // label, dispatched, working days, pauses, due day
    ["即办件 on a working day: the same day", "2026-11-23", 0, [], "2026-11-23"],
    ["即办件 dispatched on a Sunday: the next working day", "2026-11-22", 0, [], "2026-11-23"],
    ["即办件 on National Day: the first working day after the holiday", "2026-10-03", 0, [], "2026-10-08"],
    ["5 days over a plain week", "2026-11-23", 5, [], "2026-11-30"],
    ["5 days across National Day, counting the make-up Saturday 10-10", "2026-09-29", 5, [], "2026-10-12"],
    ["3 days from the make-up Saturday before Spring Festival, across the holiday", "2026-02-14", 3, [], "2026-02-26"],
    ["statutory 20 days from a Friday", "2026-11-20", 20, [], "2026-12-18"],
    ["promised 5 days (shorter than the statutory 20) from the same Friday", "2026-11-20", 5, [], "2026-11-27"],
    ["a correction answered the same day costs nothing", "2026-11-23", 5, [{ from: am("2026-11-24"), to: pm("2026-11-24") }], "2026-11-30"],
    ["a correction from Tuesday to Thursday moves the due date 2 working days", "2026-11-23", 5, [{ from: am("2026-11-24"), to: pm("2026-11-26") }], "2026-12-02"],
    ["a correction over a weekend counts only the working days", "2026-11-23", 5, [{ from: am("2026-11-27"), to: am("2026-11-30") }], "2026-12-01"],
    ["a correction across National Day counts the make-up Saturday and not the holiday", "2026-09-28", 5, [{ from: am("2026-09-30"), to: am("2026-10-10") }], "2026-10-14"],
    [
      "overlapping correction and pending-material pauses count each day once",
      "2026-11-23",
      5,
      [
        { from: am("2026-11-23"), to: am("2026-11-26") },
        { from: am("2026-11-24"), to: am("2026-11-25") },
      ],
      "2026-12-03",
    ],
  ])("%s", (_label, dispatched, days, pauses, due) => {
    const clock = taskClock({ start: am(dispatched), days, pauses, calendar });
    expect(clock.dueDay).toBe(due);
    expect(clock.pausedSince).toBeNull();
  });

  it("an open pause stops the clock: nothing is due until the applicant answers", () => {
    const clock = taskClock({ start: am("2026-11-23"), days: 5, pauses: [{ from: am("2026-11-24"), to: null }, { from: am("2026-11-23"), to: pm("2026-11-24") }], calendar });
    expect(clock).toEqual({ dueDay: null, pausedDays: 1, pausedSince: am("2026-11-24") });
  });

  it.each([
    ["same day", am("2026-11-23"), pm("2026-11-23"), 0],
    ["Friday to Monday", am("2026-11-20"), am("2026-11-23"), 1],
    ["over National Day incl. the make-up Saturday", am("2026-09-30"), am("2026-10-10"), 3],
  ])("working days between: %s", (_label, from, to, days) => {
    expect(workingDaysBetween(from, to, calendar)).toBe(days);
  });
});
