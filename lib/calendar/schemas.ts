// Input of the holiday calendar editor (节假日与调休), shared by the admin's server actions and the domain.
// A calendar row only makes sense where it changes the Monday–Friday rule (working-days.ts): a HOLIDAY
// (放假) takes a weekday off, a WORKDAY (调休上班) makes a Saturday or Sunday a working day. Rows that would
// change nothing are refused with a message that says why, so the calendar stays readable as policy.
import { z } from "zod";

export const HOLIDAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
export type THolidayKind = (typeof HOLIDAY_KINDS)[number];

/** The years the calendar may hold: wide enough for any permit's clock, narrow enough to catch typos. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const WEEKDAY_NAMES = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

/** 0 = Sunday … 6 = Saturday, of a calendar day "YYYY-MM-DD". */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export const isWeekend = (day: string) => [0, 6].includes(weekdayOf(day));

/** Why `day` is not a date the calendar can hold, or null when it is one. */
export function dayProblem(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return "请按“年-月-日”填写日期，例如 2031-10-01";
  const parsed = new Date(`${day}T00:00:00Z`);
  // 2031-02-30 parses to another day (or to nothing): it does not exist.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) return `${day} 不是有效的日期，请检查`;
  const year = Number(day.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return `只能维护 ${FIRST_YEAR} 年至 ${LAST_YEAR} 年的日期`;
  return null;
}

/** Why a row of `kind` on `day` would change nothing (and is refused), or null when it means something. */
export function kindProblem(day: string, kind: THolidayKind): string | null {
  const weekday = WEEKDAY_NAMES[weekdayOf(day)];
  if (kind === "WORKDAY" && !isWeekend(day)) {
    return `${day} 是${weekday}，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日`;
  }
  if (kind === "HOLIDAY" && isWeekend(day)) {
    return `${day} 是${weekday}，本来就是休息日，无需登记为“放假”；放假只需登记落在星期一至星期五的日子`;
  }
  return null;
}

const ZDay = z
  .string({ error: "请填写日期" })
  .trim()
  .superRefine((day, ctx) => {
    const problem = dayProblem(day);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Saving one day of the calendar: added when the date has no row yet, changed when it has one. */
export const ZSaveHoliday = z
  .object({
    date: ZDay,
    name: z.string({ error: "请填写名称" }).trim().min(1, "请填写名称，例如“国庆节”或“国庆节调休上班”").max(40, "名称不超过 40 字"),
    kind: z.enum(HOLIDAY_KINDS, { error: "请选择类型：放假或调休上班" }),
  })
  .superRefine((v, ctx) => {
    if (dayProblem(v.date)) return;
    const problem = kindProblem(v.date, v.kind);
    if (problem) ctx.addIssue({ code: "custom", path: ["kind"], message: problem });
  });

export const ZDeleteHoliday = z.object({ date: ZDay });

/** The year asked for in the page's address; anything unusable means "the current year". */
export const ZHolidayYear = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR).optional().catch(undefined);

export type TSaveHoliday = z.infer<typeof ZSaveHoliday>;
export type TDeleteHoliday = z.infer<typeof ZDeleteHoliday>;
