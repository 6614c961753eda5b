// Dashboard filters as they arrive in the URL. Forgiving: a value that cannot be read is dropped and the
// reason shown (the dashboard still answers with what it could read), never a blank page.
import { z } from "zod";
import { dayProblem } from "@/lib/calendar/schemas";
import { msg } from "@/lib/i18n/core";

const ZDayParam = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => dayProblem(d) === null);
const ZId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const DRILL_METRICS = [
  "applications",
  "completed",
  "notOneTime",
  "returned",
  "withCommitment",
  "withPending",
  "late",
  "badRated",
  "overdueNow",
] as const;
export type TDrillMetric = (typeof DRILL_METRICS)[number];

export const ZMetricFilters = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  dept: z.string().optional(),
  matter: z.string().optional(),
  industry: z.string().optional(),
  batch: z.string().optional(),
});

export interface TMetricFilters {
  from: string;
  to: string;
  dept: string | null;
  matter: string | null;
  industry: string | null;
  batch: string | null;
}

/** One URL value: the first if repeated, empty = absent. */
export function param(v: unknown): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" && s.trim() !== "" ? s.trim() : undefined;
}

export const isDayParam = (v: string) => ZDayParam.safeParse(v).success;
export const isIdParam = (v: string) => ZId.safeParse(v).success;
export const ZIndustry = z.string().trim().min(1).max(50);
export const ZBatch = z.string().regex(/^(\d{1,2}|-)$/);
export const ZDrillMetric = z.enum(DRILL_METRICS, { error: msg("domain.metrics.errors.noSuchMetric") });
export const ZPage = z.coerce.number().int().min(1).max(10_000).catch(1);
