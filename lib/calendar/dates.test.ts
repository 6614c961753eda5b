import { describe, expect, it } from "vitest";
import { shanghaiDate, shanghaiDay } from "./dates";

describe("Asia/Shanghai calendar day", () => {
  it.each([
    ["2026-11-22T15:59:59Z", "2026-11-22"],
    ["2026-11-22T16:00:00Z", "2026-11-23"],
    ["2026-12-31T16:30:00Z", "2027-01-01"],
    ["2026-01-01T00:00:00Z", "2026-01-01"],
  ])("%s → %s", (iso, day) => {
    expect(shanghaiDay(new Date(iso))).toBe(day);
    expect(shanghaiDate(new Date(iso)).toISOString()).toBe(`${day}T00:00:00.000Z`);
  });
});
