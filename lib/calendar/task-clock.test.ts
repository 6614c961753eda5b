import { describe, expect, it } from "vitest";
import { holidays } from "@/prisma/seed/data/holidays";
import { isDecidedOnTime, taskClock, workingDaysBetween, type Pause } from "./task-clock";
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
    [
      "a correction from Tuesday to Thursday moves the due date 2 working days",
      "2026-11-23",
      5,
      [{ from: am("2026-11-24"), to: pm("2026-11-26") }],
      "2026-12-02",
    ],
    ["a correction over a weekend counts only the working days", "2026-11-23", 5, [{ from: am("2026-11-27"), to: am("2026-11-30") }], "2026-12-01"],
    [
      "a correction across National Day counts the make-up Saturday and not the holiday",
      "2026-09-28",
      5,
      [{ from: am("2026-09-30"), to: am("2026-10-10") }],
      "2026-10-14",
    ],
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
    const clock = taskClock({
      start: am("2026-11-23"),
      days: 5,
      pauses: [
        { from: am("2026-11-24"), to: null },
        { from: am("2026-11-23"), to: pm("2026-11-24") },
      ],
      calendar,
    });
    expect(clock).toEqual({ dueDay: null, pausedDays: 1, pausedSince: am("2026-11-24") });
  });

  it.each([
    ["same day", am("2026-11-23"), pm("2026-11-23"), 0],
    ["Friday to Monday", am("2026-11-20"), am("2026-11-23"), 1],
    ["over National Day incl. the make-up Saturday", am("2026-09-30"), am("2026-10-10"), 3],
  ])("working days between: %s", (_label, from, to, days) => {
    expect(workingDaysBetween(from, to, calendar)).toBe(days);
  });

  it("an open pause that began after the due date had passed leaves the task late (the desk flags it overdue)", () => {
    // 5 days from Mon 11-23: due Mon 11-30; a correction asked on Wed 12-02 does not undo the lateness.
    const clock = taskClock({ start: am("2026-11-23"), days: 5, pauses: [{ from: am("2026-12-02"), to: null }], calendar });
    expect(clock).toEqual({ dueDay: "2026-11-30", pausedDays: 0, pausedSince: am("2026-12-02") });
  });
});

// The on-time rate's rule (lib/metrics: a task decided by its promised due date): the clock stops at the
// decision, a pause still open then ends at the decision, and the due date moves by its working days.
describe("task clock stopped at the decision: decided on time or late", () => {
  const decide = (dispatched: string, days: number, pauses: Pause[], decidedAt: Date) => {
    const clock = taskClock({ start: am(dispatched), days, pauses, calendar, stoppedAt: decidedAt });
    return { ...clock, onTime: isDecidedOnTime(decidedAt, clock.dueDay) };
  };

  it("decided during an open 容缺 pause, after the unpaused due date: on time (the due date moved by the wait)", () => {
    // 5 days from Mon 11-23 would be due Mon 11-30; the material has been missing since dispatch; decided Wed 12-02.
    const r = decide("2026-11-23", 5, [{ from: am("2026-11-23"), to: null }], pm("2026-12-02"));
    expect(r.pausedDays).toBe(7); // 11-24 … 12-02, working days
    expect(r.dueDay).toBe("2026-12-09");
    expect(r.pausedSince).toBeNull();
    expect(r.onTime).toBe(true);
    // Without the pause the same decision is late: the rule that counted it late before.
    expect(isDecidedOnTime(pm("2026-12-02"), taskClock({ start: am("2026-11-23"), days: 5, pauses: [], calendar }).dueDay)).toBe(false);
  });

  it("decided during an open 补正 pause of a 即办件 (0 days): on time", () => {
    const r = decide("2026-11-23", 0, [{ from: pm("2026-11-23"), to: null }], pm("2026-11-26"));
    expect(r.dueDay).toBe("2026-11-26");
    expect(r.onTime).toBe(true);
  });

  it("a closed 补正 pause moves the due date; a decision after the moved date is still late", () => {
    // Correction Tue 11-24 → Thu 11-26: 2 days, due Wed 12-02.
    const pauses = [{ from: am("2026-11-24"), to: pm("2026-11-26") }];
    expect(decide("2026-11-23", 5, pauses, pm("2026-12-02")).onTime).toBe(true);
    expect(decide("2026-11-23", 5, pauses, am("2026-12-03")).onTime).toBe(false);
  });

  it("a pause opened after the task was already late does not make its decision on time", () => {
    // Due Mon 11-30; a correction asked Wed 12-02 and still open at the decision Fri 12-04.
    const r = decide("2026-11-23", 5, [{ from: am("2026-12-02"), to: null }], pm("2026-12-04"));
    expect(r.dueDay).toBe("2026-12-02"); // 11-30 moved by 12-03 and 12-04
    expect(r.onTime).toBe(false);
  });

  it("a pause still open at the decision on its first day costs nothing", () => {
    const r = decide("2026-11-23", 5, [{ from: am("2026-11-30"), to: null }], pm("2026-11-30"));
    expect(r).toMatchObject({ dueDay: "2026-11-30", pausedDays: 0, onTime: true });
  });

  it("without a due day (a clock never stopped) nothing counts as on time", () => {
    expect(isDecidedOnTime(pm("2026-11-30"), null)).toBe(false);
  });
});
