// Query parameters of the public catalog (/matters). They come straight from the address bar, so every
// field is forgiving: a value that does not parse is dropped (the filter shows as "全部") instead of
// failing the page. The same schema serves the page, the Excel export and any open-API listing.
import { z } from "zod";
import { REFORM_MODES } from "./schemas";

export const ADMIN_LEVELS = ["NATIONAL", "PROVINCE", "CITY", "DISTRICT"] as const;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** Longer queries are cut: nobody types a 100-character matter name, and the token list stays small. */
export const MAX_QUERY_LENGTH = 60;

/** `?a=1&a=2` arrives as an array: the first value counts. Empty strings (a "全部" option) mean "not set". */
const single = (v: unknown) => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first !== "string") return first;
  const trimmed = first.trim();
  return trimmed === "" ? undefined : trimmed;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema.optional()).catch(undefined);

export const ZMatterSearchParams = z.object({
  q: optional(z.string().transform((s) => [...s].slice(0, MAX_QUERY_LENGTH).join(""))),
  mode: optional(z.enum(REFORM_MODES)),
  // Ids are cuids; anything else cannot match a department and is dropped.
  departmentId: optional(z.string().regex(/^[a-z0-9]{1,40}$/i)),
  industry: optional(z.string().max(40)),
  level: optional(z.enum(ADMIN_LEVELS)),
  /** Rollout batch of 一照通行 (珠海方案 一(四)), or "none" for matters outside the batches. */
  batch: optional(z.union([z.literal("none"), z.coerce.number().int().min(1).max(99)])),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000)).catch(1),
  pageSize: z.preprocess(single, z.coerce.number().int().min(1).max(MAX_PAGE_SIZE)).catch(DEFAULT_PAGE_SIZE),
});

export type TMatterSearchParams = z.infer<typeof ZMatterSearchParams>;
export type TMatterSearchInput = z.input<typeof ZMatterSearchParams>;

/** Never throws: bad values become "not set" and page/pageSize their defaults. */
export function parseMatterSearchParams(raw: unknown): TMatterSearchParams {
  const result = ZMatterSearchParams.safeParse(raw && typeof raw === "object" ? raw : {});
  return result.success ? result.data : ZMatterSearchParams.parse({});
}

/** The guide's path parameter: a 基本编码 such as FOOD_OPERATION. */

/**
 * The query string for a catalog address: the inverse of parsing, defaults left out so links stay short.
 * `overrides` replaces single values (undefined removes one); changing a filter should reset `page`.
 */
export function catalogQuery(params: Partial<TMatterSearchParams>, overrides: Partial<TMatterSearchParams> = {}): string {
  const merged: Partial<TMatterSearchParams> = { ...params, ...overrides };
  const search = new URLSearchParams();
  const keys = ["q", "mode", "departmentId", "industry", "level", "batch", "page", "pageSize"] as const;
  for (const key of keys) {
    const value = merged[key];
    if (value === undefined || value === "") continue;
    if (key === "page" && value === 1) continue;
    if (key === "pageSize" && value === DEFAULT_PAGE_SIZE) continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `?${qs}` : "";
}
