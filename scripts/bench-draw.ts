// Benchmark (not a test) of the reproducible 双随机 draw: `npx tsx scripts/bench-draw.ts` (`npm run bench`
// runs it last). No database: generates N targets in memory (grades A 60%, B 25%, C 10%, D 5%), a pool of
// 40 inspectors, one declared conflict on 1% of targets, ratios A3 B5 C10 D100, 2 inspectors per
// inspection and a fixed seed (targets in shuffled order), then times the snapshot (snapshotText + SHA-256) and draw() separately.
// Peak RSS is the process's maximum so far (getrusage), so each row includes everything before it.
import { createHash } from "node:crypto";
import { draw, snapshotText, type DrawGrade, type DrawTarget } from "@/lib/supervision/draw";
import { conflictMap } from "@/lib/supervision/draw-file";

const SEED = createHash("sha256").update("bench-draw").digest("hex");
const RATIOS = { A: 3, B: 5, C: 10, D: 100 };
const PER_INSPECTION = 2;
const POOL = Array.from({ length: 40 }, (_, i) => `inspector-${String(i + 1).padStart(2, "0")}`);
const CASES = [
  { n: 100_000, warmup: 1, runs: 3 },
  { n: 1_000_000, warmup: 0, runs: 2 },
];

/** Deterministic grade spread: A 60%, B 25%, C 10%, D 5% (by index mod 20, shuffled by a multiplier). */
function gradeOf(i: number): DrawGrade {
  const r = (i * 7) % 20;
  return r < 12 ? "A" : r < 17 ? "B" : r < 19 ? "C" : "D";
}

function makeInput(n: number) {
  const targets: DrawTarget[] = Array.from({ length: n }, (_, i) => ({ uscc: `91310116${String(i).padStart(9, "0")}X`, grade: gradeOf(i) }));
  // Shuffled (fixed LCG, Fisher–Yates) so that snapshotText really sorts, as it would rows from a database.
  let state = 12345;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [targets[i], targets[j]] = [targets[j]!, targets[i]!];
  }
  const pairs: [string, string][] = [];
  for (let i = 0; i < n; i += 100) pairs.push([targets[i]!.uscc, POOL[(i / 100) % POOL.length]!]);
  return { targets, conflicts: conflictMap(pairs) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

function main() {
  console.log(
    `\ndraw() benchmark: pool ${POOL.length} inspectors, conflicts on 1% of targets, ratios A${RATIOS.A} B${RATIOS.B} C${RATIOS.C} D${RATIOS.D}, ${PER_INSPECTION} per inspection`,
  );
  console.log(
    `${"N".padStart(10)} ${"runs".padStart(5)} ${"drawn".padStart(8)} ${"snapshot ms".padStart(12)} ${"draw ms".padStart(10)} ${"peak RSS MB".padStart(12)}`,
  );
  for (const { n, warmup, runs } of CASES) {
    const { targets, conflicts } = makeInput(n);
    const once = () => {
      const t0 = performance.now();
      const hash = createHash("sha256").update(snapshotText(targets), "utf8").digest("hex");
      const t1 = performance.now();
      const r = draw({ seed: SEED, targets, ratios: RATIOS, inspectors: POOL, conflicts, perInspection: PER_INSPECTION });
      const t2 = performance.now();
      if (r.snapshotHash !== hash) throw new Error("snapshot hash differs from draw()'s");
      return { snapshotMs: t1 - t0, drawMs: t2 - t1, drawn: r.drawn.length };
    };
    for (let i = 0; i < warmup; i++) once();
    const results = Array.from({ length: runs }, once);
    if (new Set(results.map((r) => r.drawn)).size !== 1) throw new Error("draw() is not reproducible across runs");
    console.log(
      `${n.toLocaleString("en-US").padStart(10)} ${String(runs).padStart(5)} ${results[0]!.drawn.toLocaleString("en-US").padStart(8)} ${median(
        results.map((r) => r.snapshotMs),
      )
        .toFixed(0)
        .padStart(12)} ${median(results.map((r) => r.drawMs))
        .toFixed(0)
        .padStart(10)} ${peakRssMb().toFixed(0).padStart(12)}`,
    );
  }
}

main();
