import "server-only";
// What the start page of a one-form application shows: the matters a finder notice or a guide page
// passed in the URL. Only active PERMIT matters can be chosen; the business licence (REGISTRATION) is
// added by startApplication itself for a new business (珠海方案 三(一)1). Codes that are malformed,
// unknown, inactive, not a permit or cancelled are reported back as "not found" rather than silently dropped.
import { getDb } from "@/lib/db";
import type { ReformMode } from "@/lib/generated/prisma/enums";
import { ZMatterCode } from "@/lib/catalog/schemas";

export const MAX_START_MATTERS = 30;

export interface StartMatter {
  code: string;
  name: string;
  reformMode: ReformMode;
  department: string;
}

export interface MattersForStart {
  matters: StartMatter[];
  /** Codes from the URL that are not an active, applicable permit (as given, trimmed; each once). */
  notFound: string[];
}

/** `raw` is the `matters` query parameter: comma-separated codes (or the repeated-parameter array). */
export async function listMattersForStart(opts: { raw: string | string[] | undefined }): Promise<MattersForStart> {
  const parts = (Array.isArray(opts.raw) ? opts.raw : [opts.raw ?? ""])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  const requested = [...new Set(parts)].slice(0, MAX_START_MATTERS);
  const valid = requested.filter((c) => ZMatterCode.safeParse(c).success);
  const rows = valid.length
    ? await getDb().matter.findMany({
        // 直接取消审批 (CANCEL) leaves nothing to apply for.
        where: { code: { in: valid }, isActive: true, kind: "PERMIT", reformMode: { not: "CANCEL" } },
        select: { code: true, name: true, reformMode: true, department: { select: { name: true } } },
      })
    : [];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  // Keep the order the notice listed them in.
  const matters = requested.flatMap((code) => {
    const r = byCode.get(code);
    return r ? [{ code: r.code, name: r.name, reformMode: r.reformMode, department: r.department.name }] : [];
  });
  return { matters, notFound: requested.filter((c) => !byCode.has(c)) };
}
