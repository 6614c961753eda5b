import { describe, expect, it } from "vitest";
import { holidays } from "@/prisma/seed/data/holidays";
import { addWorkingDays, endOfShanghaiDay, isWorkingDay, type CalendarDays } from "./working-days";

const calendar: CalendarDays = new Map(holidays.map((h) => [h.date, h.kind]));
// Beijing 10:00 on the given day.
const at = (day: string) => new Date(`${day}T02:00:00Z`);

describe("working days over the 2026 calendar", () => {
  it.each([
    ["2026-11-23", true], // Monday
    ["2026-11-22", false], // Sunday
    ["2026-10-01", false], // National Day
    ["2026-10-10", true], // make-up Saturday
    ["2026-02-14", true], // make-up Saturday before Spring Festival
    ["2026-02-16", false], // Spring Festival (Monday)
  ])("%s is a working day: %s", (day, expected) => {
    expect(isWorkingDay(day, calendar)).toBe(expected);
  });

  it.each([
    ["same day for 0 days", "2026-11-23", 0, "2026-11-23"],
    ["plain week", "2026-11-23", 5, "2026-11-30"],
    ["across National Day and the make-up Saturday", "2026-09-30", 2, "2026-10-09"],
    ["the make-up Saturday counts", "2026-10-09", 1, "2026-10-10"],
    ["across Spring Festival", "2026-02-13", 1, "2026-02-14"],
    ["after the Spring Festival holiday", "2026-02-14", 1, "2026-02-24"],
    ["20 statutory days from a Friday", "2026-11-20", 20, "2026-12-18"],
  ])("%s: %s + %d → %s", (_label, start, days, due) => {
    expect(addWorkingDays(at(start), days, calendar)).toBe(due);
  });

  it("counts from the Shanghai day, not the UTC day", () => {
    // 2026-11-22 17:00 UTC is already Monday 2026-11-23 in Shanghai.
    expect(addWorkingDays(new Date("2026-11-22T17:00:00Z"), 1, calendar)).toBe("2026-11-24");
  });

  it("a due day ends at midnight Beijing time", () => {
    expect(endOfShanghaiDay("2026-11-30").toISOString()).toBe("2026-11-30T15:59:59.999Z");
  });
});
