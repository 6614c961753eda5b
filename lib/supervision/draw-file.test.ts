import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DRAW_ALGORITHM, draw, snapshotText, type DrawGrade, type DrawTarget } from "./draw";
import { ZDrawFile, checkDrawFile, conflictMap, type DrawFile } from "./draw-file";
import { makeT, translate } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import en from "@/lib/i18n/messages/en";

const zh = makeT(zhCN);
const english = makeT(en);

const GRADE_OF: DrawGrade[] = ["A", "A", "A", "A", "A", "A", "B", "B", "C", "D"];
const targets: DrawTarget[] = Array.from({ length: 200 }, (_, i) => ({ uscc: `91310116${String(i).padStart(9, "0")}X`, grade: GRADE_OF[(i * 7) % 10]! }));
const pool = Array.from({ length: 8 }, (_, i) => `insp-${i + 1}`);
const ratios = { A: 3, B: 5, C: 10, D: 100 };
const SEED = createHash("sha256").update("draw-file test").digest("hex");
// Two declared conflicts on enterprises of grade D (all of which are drawn).
const conflicts: [string, string][] = targets
  .filter((t) => t.grade === "D")
  .slice(0, 2)
  .map((t) => [t.uscc, "insp-1"]);

function publish(): DrawFile {
  const snapshot = snapshotText(targets);
  const r = draw({ seed: SEED, targets, ratios, inspectors: pool, conflicts: conflictMap(conflicts), perInspection: 2 });
  return {
    algorithm: DRAW_ALGORITHM,
    planId: "plan-1",
    planName: "2026 年度双随机抽查",
    seed: SEED,
    snapshotHash: r.snapshotHash,
    snapshot,
    ratios: { ...ratios },
    perInspection: 2,
    pool: [...pool],
    conflicts: conflicts.map(([u, i]) => [u, i]),
    drawn: r.drawn.map((d) => ({ ...d, inspectors: [...d.inspectors] })),
  };
}

describe("the published draw file (verify-draw)", () => {
  it("a file built from draw() passes the schema (as JSON) and the re-run", () => {
    const file = publish();
    expect(file.drawn.length).toBeGreaterThan(20);
    const parsed = ZDrawFile.safeParse(JSON.parse(JSON.stringify(file)));
    expect(parsed.success).toBe(true);
    expect(checkDrawFile(parsed.data!)).toEqual({ ok: true, problems: [] });
  });

  it("one changed inspector → not ok, naming the enterprise", () => {
    const file = publish();
    const d = file.drawn[3]!;
    const other = pool.find((id) => !d.inspectors.includes(id))!;
    d.inspectors[0] = other;
    const check = checkDrawFile(file);
    expect(check.ok).toBe(false);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toContain("检查人员不同");
    expect(check.problems[0]).toContain(d.uscc);
  });

  it("one grade changed in the snapshot but not the hash → 快照哈希不符", () => {
    const file = publish();
    const line = file.snapshot.split("\n")[10]!;
    const regraded = line.endsWith("\tA") ? line.replace(/\tA$/, "\tB") : line.replace(/\t[BCD]$/, "\tA");
    file.snapshot = file.snapshot.replace(line, regraded);
    const check = checkDrawFile(file);
    expect(check.ok).toBe(false);
    expect(check.problems.some((p) => p.includes("快照哈希不符"))).toBe(true);
  });

  it("a conflict pair for a drawn (enterprise, inspector) → 存在利益冲突", () => {
    const file = publish();
    const d = file.drawn.find((x) => x.inspectors.length > 0)!;
    file.conflicts.push([d.uscc, d.inspectors[0]!]);
    const check = checkDrawFile(file);
    expect(check.ok).toBe(false);
    expect(check.problems.some((p) => p.includes("存在利益冲突") && p.includes(d.uscc) && p.includes(d.inspectors[0]!))).toBe(true);
  });

  it("missing and extra enterprises, and a foreign algorithm, are reported", () => {
    const file = publish();
    const removed = file.drawn.shift()!;
    const notDrawn = targets.find((t) => !file.drawn.some((d) => d.uscc === t.uscc) && t.uscc !== removed.uscc)!;
    file.drawn.push({ uscc: notDrawn.uscc, grade: notDrawn.grade, inspectors: ["insp-2", "insp-3"] });
    const problems = checkDrawFile(file).problems;
    expect(problems.some((p) => p.startsWith("缺少企业") && p.includes(removed.uscc))).toBe(true);
    expect(problems.some((p) => p.startsWith("多出企业") && p.includes(notDrawn.uscc))).toBe(true);
    expect(checkDrawFile({ ...publish(), algorithm: "other-v9" }).problems[0]).toContain("算法不符");
  });

  it("the schema rejects malformed files with Chinese messages", () => {
    const bad = { ...JSON.parse(JSON.stringify(publish())), seed: "xyz", perInspection: 0 };
    const r = ZDrawFile.safeParse(bad);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => translate(zh, i.message));
    expect(messages).toContain("随机种子（seed）须为 64 位小写十六进制");
    expect(messages).toContain("每户检查人数（perInspection）至少为 1");
    expect(translate(zh, ZDrawFile.safeParse(null).error!.issues[0]!.message)).toBe("抽取文件须为 JSON 对象");
    // Every message is a catalog key with English words as well.
    for (const i of r.error!.issues) expect(translate(english, i.message), i.message).toMatch(/^[^\u4e00-\u9fff]+$/);
  });
});
