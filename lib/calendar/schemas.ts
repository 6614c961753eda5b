// Input of the holiday calendar editor (节假日与调休), shared by the admin's server actions and the domain.
// A calendar row only makes sense where it changes the Monday–Friday rule (working-days.ts): a HOLIDAY
// (放假) takes a weekday off, a WORKDAY (调休上班) makes a Saturday or Sunday a working day. Rows that would
// change nothing are refused with a message that says why, so the calendar stays readable as policy.
import { z } from "zod";
import { msg, type MessageKey } from "@/lib/i18n/core";
import { isoDay } from "@/lib/calendar/dates";

export const HOLIDAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
export type THolidayKind = (typeof HOLIDAY_KINDS)[number];

/** The years the calendar may hold: wide enough for any permit's clock, narrow enough to catch typos. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** A refusal as a catalog key with its parameters (translated where it reaches a person). */
export interface DayProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** 0 = Sunday … 6 = Saturday, of a calendar day "YYYY-MM-DD". */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export const isWeekend = (day: string) => [0, 6].includes(weekdayOf(day));

/** Why `day` is not a date the calendar can hold, or null when it is one. */
export function dayProblem(day: string): DayProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { key: msg("domain.calendar.errors.holiday.dateFormat"), params: {} };
  const parsed = new Date(`${day}T00:00:00Z`);
  // 2031-02-30 parses to another day (or to nothing): it does not exist.
  if (Number.isNaN(parsed.getTime()) || isoDay(parsed) !== day) return { key: msg("domain.calendar.errors.holiday.dateInvalid"), params: { day } };
  const year = Number(day.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return { key: msg("domain.calendar.errors.holiday.yearRange"), params: { first: FIRST_YEAR, last: LAST_YEAR } };
  return null;
}

/** Why a row of `kind` on `day` would change nothing (and is refused), or null when it means something. */
export function kindProblem(day: string, kind: THolidayKind): DayProblem | null {
  const weekday = WEEKDAYS[weekdayOf(day)]!;
  if (kind === "WORKDAY" && !isWeekend(day)) return { key: `domain.calendar.errors.holiday.alreadyWorkday.${weekday as "mon"}`, params: { day } };
  if (kind === "HOLIDAY" && isWeekend(day)) return { key: `domain.calendar.errors.holiday.alreadyRestDay.${weekday as "sat"}`, params: { day } };
  return null;
}

/** A problem as a zod issue: its parameters are the issue's own fields (lib/errors.ts issueOf reads them). */
const addProblem = (ctx: z.RefinementCtx, problem: DayProblem, path?: string[]) =>
  ctx.addIssue({ code: "custom", message: problem.key, ...(path ? { path } : {}), ...problem.params });

const ZDay = z
  .string({ error: msg("domain.calendar.errors.holiday.dateRequired") })
  .trim()
  .superRefine((day, ctx) => {
    const problem = dayProblem(day);
    if (problem) addProblem(ctx, problem);
  });

/** Saving one day of the calendar: added when the date has no row yet, changed when it has one. */
export const ZSaveHoliday = z
  .object({
    date: ZDay,
    name: z
      .string({ error: msg("domain.calendar.errors.holiday.nameRequired") })
      .trim()
      .min(1, msg("domain.calendar.errors.holiday.nameEmpty"))
      .max(40, msg("domain.calendar.errors.holiday.nameTooLong")),
    kind: z.enum(HOLIDAY_KINDS, { error: msg("domain.calendar.errors.holiday.kindRequired") }),
  })
  .superRefine((v, ctx) => {
    if (dayProblem(v.date)) return;
    const problem = kindProblem(v.date, v.kind);
    if (problem) addProblem(ctx, problem, ["kind"]);
  });

export const ZDeleteHoliday = z.object({ date: ZDay });

/** The year asked for in the page's address; anything unusable means "the current year". */
export const ZHolidayYear = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR).optional().catch(undefined);

export type TSaveHoliday = z.infer<typeof ZSaveHoliday>;
export type TDeleteHoliday = z.infer<typeof ZDeleteHoliday>;
