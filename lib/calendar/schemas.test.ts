import { describe, expect, it } from "vitest";
import { issueOf } from "@/lib/errors";
import { translate } from "@/lib/i18n/core";
import { zh } from "@/tests/support/messages";
import { dayProblem, kindProblem, ZDeleteHoliday, ZHolidayYear, ZSaveHoliday, type DayProblem } from "./schemas";

/** Each problem as the Chinese visitor reads it, on its field. */
const messages = (input: unknown) => {
  const r = ZSaveHoliday.safeParse(input);
  return r.success
    ? []
    : r.error.issues.map((i) => {
        const issue = issueOf(i);
        return { path: issue.path, message: translate(zh, issue.key, issue.params) };
      });
};
const words = (p: DayProblem | null) => (p ? translate(zh, p.key, p.params) : null);

describe("holiday calendar input", () => {
  it.each([
    ["2031-10-01", null],
    ["2000-01-01", null],
    ["2100-12-31", null],
    ["2024-02-29", null],
    ["2031-02-29", "不是有效的日期"],
    ["2031-13-01", "不是有效的日期"],
    ["1999-12-31", "2000 年至 2100 年"],
    ["2101-01-01", "2000 年至 2100 年"],
    ["2031/10/01", "年-月-日"],
    ["", "年-月-日"],
  ])("date %s → %s", (day, expected) => {
    const problem = words(dayProblem(day));
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });

  it.each<[string, "HOLIDAY" | "WORKDAY", string | null]>([
    // 2031-10-01 is a Wednesday, 2031-10-04 a Saturday, 2031-10-05 a Sunday.
    ["2031-10-01", "HOLIDAY", null],
    ["2031-10-04", "WORKDAY", null],
    ["2031-10-05", "WORKDAY", null],
    ["2031-10-01", "WORKDAY", "是星期三，本来就是工作日"],
    ["2031-10-04", "HOLIDAY", "是星期六，本来就是休息日"],
    ["2031-10-05", "HOLIDAY", "是星期日，本来就是休息日"],
  ])("%s as %s → %s", (day, kind, expected) => {
    const problem = words(kindProblem(day, kind));
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });

  it("accepts a weekday off and a weekend make-up day, trimming the text", () => {
    expect(ZSaveHoliday.parse({ date: " 2031-10-01 ", name: " 国庆节 ", kind: "HOLIDAY" })).toEqual({ date: "2031-10-01", name: "国庆节", kind: "HOLIDAY" });
    expect(ZSaveHoliday.parse({ date: "2031-10-11", name: "国庆节调休上班", kind: "WORKDAY" })).toMatchObject({ kind: "WORKDAY" });
  });

  it("ties a pointless kind to the kind field, and says why", () => {
    expect(messages({ date: "2031-10-01", name: "调休", kind: "WORKDAY" })).toEqual([
      { path: "kind", message: "2031-10-01 是星期三，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日" },
    ]);
  });

  it("reports every missing field by its own path, and no kind rule on a date that does not exist", () => {
    expect(
      messages({ date: "2031-02-30", name: "", kind: undefined })
        .map((m) => m.path)
        .sort(),
    ).toEqual(["date", "kind", "name"]);
    expect(messages({ date: null, name: null, kind: "SOMETIMES" }).map((m) => m.message)).toEqual(["请填写日期", "请填写名称", "请选择类型：放假或调休上班"]);
    expect(messages({ date: "2031-10-01", name: "x".repeat(41), kind: "HOLIDAY" })).toEqual([{ path: "name", message: "名称不超过 40 字" }]);
  });

  it("deletes by a valid date only", () => {
    expect(ZDeleteHoliday.safeParse({ date: "2031-10-01" }).success).toBe(true);
    expect(ZDeleteHoliday.safeParse({ date: "2200-10-01" }).success).toBe(false);
  });

  it.each([
    ["2031", 2031],
    ["1999", undefined],
    ["20x1", undefined],
    [undefined, undefined],
    [["2031", "2032"], undefined],
  ])("page year %j → %j", (raw, year) => {
    expect(ZHolidayYear.parse(raw)).toBe(year);
  });
});
