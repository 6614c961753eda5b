// The published draw file (/public/inspections/<planId>/draw.json) and its independent check: anyone who
// downloads it can hash the snapshot, run the same draw (./draw.ts, algorithm version 1) with the published
// seed, ratios, inspector pool and declared conflicts, and compare with what was announced
// (`npm run verify-draw -- <draw.json | URL>`). Pure: no database, no server-only, only node:crypto and zod.
import { createHash } from "node:crypto";
import { z } from "zod";
import { msg } from "@/lib/i18n/core";
import { DRAW_ALGORITHM, GRADES, draw, parseSnapshot, snapshotText, type DrawGrade, type DrawTarget } from "./draw";

export interface DrawFile {
  algorithm: string;
  planId: string;
  planName: string;
  /** 32 random bytes, lowercase hex. */
  seed: string;
  /** SHA-256 of `snapshot` (UTF-8), lowercase hex. */
  snapshotHash: string;
  /** "<uscc>\t<grade>" lines sorted by USCC, joined with "\n". */
  snapshot: string;
  /** Percent per grade, 0–100. */
  ratios: Record<DrawGrade, number>;
  perInspection: number;
  /** Qualified inspectors' ids. */
  pool: string[];
  /** [uscc, inspector id] pairs of declared conflicts of interest. */
  conflicts: [string, string][];
  drawn: { uscc: string; grade: DrawGrade; inspectors: string[] }[];
}

const HEX64 = /^[0-9a-f]{64}$/;
// The file's shape problems as keys (domain.supervision.errors.drawFile.*): whoever reads them (the verify-draw
// script, a test) translates them with the catalog.
const K = "domain.supervision.errors.drawFile";
const ZRatio = z
  .number({ error: msg(`${K}.ratioNumber`) })
  .min(0, msg(`${K}.ratioTooSmall`))
  .max(100, msg(`${K}.ratioTooBig`));
const ZId = z.string({ error: msg(`${K}.idString`) }).min(1, msg(`${K}.idEmpty`));
const ZGrade = z.enum(GRADES, { error: msg(`${K}.grade`) });

export const ZDrawFile = z.object(
  {
    algorithm: z.string({ error: msg(`${K}.algorithm`) }).min(1, msg(`${K}.algorithm`)),
    planId: z.string({ error: msg(`${K}.planId`) }).min(1, msg(`${K}.planId`)),
    planName: z.string({ error: msg(`${K}.planName`) }),
    seed: z.string({ error: msg(`${K}.seedMissing`) }).regex(HEX64, msg(`${K}.seedFormat`)),
    snapshotHash: z.string({ error: msg(`${K}.snapshotHashMissing`) }).regex(HEX64, msg(`${K}.snapshotHashFormat`)),
    snapshot: z.string({ error: msg(`${K}.snapshot`) }),
    ratios: z.object({ A: ZRatio, B: ZRatio, C: ZRatio, D: ZRatio }, { error: msg(`${K}.ratios`) }),
    perInspection: z
      .number({ error: msg(`${K}.perInspectionNumber`) })
      .int(msg(`${K}.perInspectionWhole`))
      .min(1, msg(`${K}.perInspectionMin`)),
    pool: z.array(ZId, { error: msg(`${K}.poolArray`) }).refine((ids) => new Set(ids).size === ids.length, msg(`${K}.poolDuplicate`)),
    conflicts: z.array(z.tuple([ZId, ZId], { error: msg(`${K}.conflictPair`) }), { error: msg(`${K}.conflictsArray`) }),
    drawn: z.array(z.object({ uscc: ZId, grade: ZGrade, inspectors: z.array(ZId, { error: msg(`${K}.inspectorsArray`) }) }, { error: msg(`${K}.drawnItem`) }), {
      error: msg(`${K}.drawnArray`),
    }),
  },
  { error: msg(`${K}.notObject`) },
);

// The schema's output must be a DrawFile (compile-time check only).
type AssertDrawFile<T extends DrawFile> = T;
export type TDrawFile = AssertDrawFile<z.infer<typeof ZDrawFile>>;

export interface DrawFileCheck {
  ok: boolean;
  problems: string[];
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const list = (ids: readonly string[]) => (ids.length ? ids.join("、") : "（无）");

/** The conflict pairs as the draw takes them: uscc → inspector ids. */
export function conflictMap(pairs: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [uscc, inspector] of pairs) {
    const set = map.get(uscc);
    if (set) set.add(inspector);
    else map.set(uscc, new Set([inspector]));
  }
  return map;
}

/**
 * Re-runs the draw from what the file publishes and lists every way the published result differs from it,
 * in Chinese. ok only when there is nothing to report.
 */
export function checkDrawFile(file: DrawFile): DrawFileCheck {
  const problems: string[] = [];
  if (file.algorithm !== DRAW_ALGORITHM) {
    return { ok: false, problems: [`算法不符：文件为 ${file.algorithm}，本工具只能复算 ${DRAW_ALGORITHM}`] };
  }

  if (sha256(file.snapshot) !== file.snapshotHash) {
    problems.push(`快照哈希不符：公布的快照哈希为 ${file.snapshotHash}，按快照内容计算为 ${sha256(file.snapshot)}`);
  }

  let targets: DrawTarget[];
  try {
    targets = parseSnapshot(file.snapshot);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
    return { ok: false, problems };
  }
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const t of targets) (seen.has(t.uscc) ? duplicated : seen).add(t.uscc);
  for (const uscc of duplicated) problems.push(`快照中企业 ${uscc} 出现多次`);
  if (snapshotText(targets) !== file.snapshot) problems.push("快照未按统一社会信用代码排序，不是规范格式");

  const conflicts = conflictMap(file.conflicts);
  const expected = draw({ seed: file.seed, targets, ratios: file.ratios, inspectors: file.pool, conflicts, perInspection: file.perInspection }).drawn;

  const expectedBy = new Map(expected.map((d) => [d.uscc, d]));
  const publishedBy = new Map<string, DrawFile["drawn"][number]>();
  for (const d of file.drawn) {
    if (publishedBy.has(d.uscc)) problems.push(`公布结果中企业 ${d.uscc} 出现多次`);
    else publishedBy.set(d.uscc, d);
  }
  let membershipDiffers = false;
  for (const e of expected) {
    const p = publishedBy.get(e.uscc);
    if (!p) {
      membershipDiffers = true;
      problems.push(`缺少企业：${e.uscc}（${e.grade} 级）按复算应被抽中，但公布结果中没有`);
      continue;
    }
    if (p.grade !== e.grade) problems.push(`信用等级不同：企业 ${e.uscc} 公布为 ${p.grade} 级，快照中为 ${e.grade} 级`);
    if (p.inspectors.join("\n") !== e.inspectors.join("\n")) {
      problems.push(`检查人员不同：企业 ${e.uscc} 公布为 ${list(p.inspectors)}，复算为 ${list(e.inspectors)}`);
    }
  }
  for (const p of publishedBy.values()) {
    if (!expectedBy.has(p.uscc)) {
      membershipDiffers = true;
      problems.push(`多出企业：${p.uscc}（${p.grade} 级）出现在公布结果中，但按复算不应被抽中${seen.has(p.uscc) ? "" : "（且不在快照中）"}`);
    }
  }
  if (!membershipDiffers && file.drawn.length === expected.length && file.drawn.some((d, i) => d.uscc !== expected[i]!.uscc)) {
    problems.push("抽中企业相同，但公布顺序与复算顺序不一致");
  }

  const pool = new Set(file.pool);
  for (const d of file.drawn) {
    const conflicted = conflicts.get(d.uscc);
    for (const id of d.inspectors) {
      if (conflicted?.has(id)) problems.push(`存在利益冲突：检查人员 ${id} 已申报与企业 ${d.uscc} 存在利益冲突，却被派往检查`);
      if (!pool.has(id)) problems.push(`检查人员 ${id}（企业 ${d.uscc}）不在公布的检查人员名录中`);
    }
  }

  return { ok: problems.length === 0, problems };
}
