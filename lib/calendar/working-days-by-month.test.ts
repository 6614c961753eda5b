import { describe, expect, it } from "vitest";
import { holidays } from "@/prisma/seed/data/holidays";
import { workingDaysByMonth } from "./working-days-by-month";
import type { CalendarDays } from "./working-days";

describe("working days per month", () => {
  it("a year with no calendar rows counts Monday–Friday only (2031: 261 weekdays)", () => {
    const months = workingDaysByMonth(2031, new Map());
    // January 2031 starts on a Wednesday: 23 weekdays; February (28 days) has exactly 20.
    expect(months.slice(0, 2)).toEqual([23, 20]);
    expect(months.reduce((a, b) => a + b)).toBe(261);
  });

  it("over the seeded 2026 schedule: the holidays come off and the make-up days count", () => {
    const calendar: CalendarDays = new Map(holidays.map((h) => [h.date, h.kind]));
    const months = workingDaysByMonth(2026, calendar);
    // October 2026: 22 weekdays, minus 国庆 on Thu 1 – Wed 7 (5 weekdays), plus Saturday 10-10.
    expect(months[9]).toBe(18);
    // February 2026: 20 weekdays, minus 春节 Mon 16 – Mon 23 (6 weekdays), plus Saturdays 02-14 and 02-28.
    expect(months[1]).toBe(16);
  });

  it("a leap year's February 29 is counted", () => {
    // 2028-02-29 is a Tuesday.
    expect(workingDaysByMonth(2028, new Map())[1]).toBe(21);
    expect(workingDaysByMonth(2028, new Map([["2028-02-29", "HOLIDAY"]]))[1]).toBe(20);
  });
});
