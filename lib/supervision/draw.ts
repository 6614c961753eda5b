// 双随机、一公开: the reproducible draw. Pure and dependency-free beyond node:crypto, so anyone can run it
// again from what is published — the seed and the target snapshot — and get the same enterprises and the
// same inspectors (`npm run verify-draw`). 金山方案 (000) 三(二)2: 全面推行"双随机、一公开"监管，根据企业信用
// 风险分类结果…实施差异化监督; 晋中方案 (004) 三(一): commitment licensees are not sampled more often.
//
// THE ALGORITHM (version 1):
// 1. Snapshot. Every target is one line "<uscc>\t<grade>" (grade A/B/C/D at the time of the draw). Lines are
//    sorted by USCC (byte order) and joined with "\n"; snapshotHash = SHA-256 of that UTF-8 text, hex.
// 2. Seed. 32 random bytes, hex, generated when the plan is drawn and published with it.
// 3. Targets. For each grade g, its enterprises are ordered by key = SHA-256("<seed>:<uscc>") hex, ascending;
//    the first ceil(count_g × ratio_g / 100) are drawn (ratio 0 → none, 100 → all).
// 4. Inspectors. For each drawn enterprise, the qualified inspectors without a declared conflict with it are
//    ordered by SHA-256("<seed>:<uscc>:<inspector id>") hex, ascending; the first `perInspection` are drawn.
//    With fewer eligible inspectors than that, the enterprise is reported as unstaffed, never half-staffed.
import { createHash } from "node:crypto";

export const DRAW_ALGORITHM = "onelicence-draw-v1";
export const GRADES = ["A", "B", "C", "D"] as const;
export type DrawGrade = (typeof GRADES)[number];

export interface DrawTarget {
  uscc: string;
  grade: DrawGrade;
}

export interface DrawInput {
  seed: string;
  targets: readonly DrawTarget[];
  /** Percent per grade, 0–100. */
  ratios: Readonly<Record<DrawGrade, number>>;
  /** Qualified inspectors' ids. */
  inspectors: readonly string[];
  /** uscc → inspector ids who declared a conflict of interest with it. */
  conflicts: ReadonlyMap<string, ReadonlySet<string>>;
  perInspection: number;
}

export interface DrawResult {
  snapshotHash: string;
  drawn: { uscc: string; grade: DrawGrade; inspectors: string[] }[];
  /** Drawn enterprises for which too few inspectors are free of conflict. */
  unstaffed: string[];
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Step 1: the canonical snapshot text (the targets sorted by USCC). */
export function snapshotText(targets: readonly DrawTarget[]): string {
  return [...targets]
    .sort((a, b) => byteOrder(a.uscc, b.uscc))
    .map((t) => `${t.uscc}\t${t.grade}`)
    .join("\n");
}

/** Parses a snapshot text back into targets (what a verifier downloads). */
export function parseSnapshot(text: string): DrawTarget[] {
  if (!text) return [];
  return text.split("\n").map((line) => {
    const [uscc, grade] = line.split("\t");
    if (!uscc || !GRADES.includes(grade as DrawGrade)) throw new Error(`快照格式错误：${line}`);
    return { uscc, grade: grade as DrawGrade };
  });
}

export function draw(input: DrawInput): DrawResult {
  const snapshot = snapshotText(input.targets);
  const drawn: DrawResult["drawn"] = [];
  const unstaffed: string[] = [];
  for (const grade of GRADES) {
    const ratio = Math.min(100, Math.max(0, input.ratios[grade]));
    const pool = input.targets.filter((t) => t.grade === grade);
    const take = Math.ceil((pool.length * ratio) / 100);
    if (take === 0) continue;
    const ordered = pool.map((t) => ({ t, key: sha256(`${input.seed}:${t.uscc}`) })).sort((a, b) => byteOrder(a.key, b.key) || byteOrder(a.t.uscc, b.t.uscc));
    for (const { t } of ordered.slice(0, take)) {
      const conflicted = input.conflicts.get(t.uscc);
      const eligible = input.inspectors.filter((id) => !conflicted?.has(id));
      if (eligible.length < input.perInspection) {
        unstaffed.push(t.uscc);
        drawn.push({ uscc: t.uscc, grade, inspectors: [] });
        continue;
      }
      const inspectors = eligible
        .map((id) => ({ id, key: sha256(`${input.seed}:${t.uscc}:${id}`) }))
        .sort((a, b) => byteOrder(a.key, b.key))
        .slice(0, input.perInspection)
        .map((x) => x.id);
      drawn.push({ uscc: t.uscc, grade, inspectors });
    }
  }
  return { snapshotHash: sha256(snapshot), drawn, unstaffed };
}
