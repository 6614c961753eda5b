import { describe, expect, it } from "vitest";
import { draw, parseSnapshot, snapshotText, type DrawGrade, type DrawTarget } from "./draw";

const targets: DrawTarget[] = Array.from({ length: 400 }, (_, i) => ({
  uscc: `91310116MA${String(i).padStart(8, "0")}`,
  grade: (["A", "B", "C", "D"] as DrawGrade[])[i % 4]!,
}));
const inspectors = ["u1", "u2", "u3", "u4", "u5"];
const ratios = { A: 3, B: 5, C: 10, D: 100 };
const SEED = "a".repeat(64);

describe("the reproducible draw (双随机)", () => {
  it("repeated from the published seed and snapshot it draws exactly the same enterprises and inspectors", () => {
    const first = draw({ seed: SEED, targets, ratios, inspectors, conflicts: new Map(), perInspection: 2 });
    const again = draw({
      seed: SEED,
      targets: parseSnapshot(snapshotText([...targets].reverse())),
      ratios,
      inspectors: [...inspectors].reverse(),
      conflicts: new Map(),
      perInspection: 2,
    });
    expect(again).toEqual(first);
    const other = draw({ seed: "b".repeat(64), targets, ratios, inspectors, conflicts: new Map(), perInspection: 2 });
    expect(other.drawn.map((d) => d.uscc)).not.toEqual(first.drawn.map((d) => d.uscc));
    expect(other.snapshotHash).toBe(first.snapshotHash);
  });
  it("draws ceil(count × ratio) per grade: A 3% of 100 → 3, B 5 → 5, C 10 → 10, D 100% → 100", () => {
    const r = draw({ seed: SEED, targets, ratios, inspectors, conflicts: new Map(), perInspection: 2 });
    const per = (g: DrawGrade) => r.drawn.filter((d) => d.grade === g).length;
    expect([per("A"), per("B"), per("C"), per("D")]).toEqual([3, 5, 10, 100]);
    expect(new Set(r.drawn.map((d) => d.uscc)).size).toBe(r.drawn.length);
    for (const d of r.drawn) expect(new Set(d.inspectors).size).toBe(2);
  });
  it("never draws an inspector with a declared conflict for that enterprise; too few free → unstaffed, not half-staffed", () => {
    const base = draw({ seed: SEED, targets, ratios, inspectors, conflicts: new Map(), perInspection: 2 });
    const target = base.drawn[0]!;
    const conflicts = new Map([[target.uscc, new Set(target.inspectors)]]);
    const r = draw({ seed: SEED, targets, ratios, inspectors, conflicts, perInspection: 2 });
    const same = r.drawn.find((d) => d.uscc === target.uscc)!;
    expect(same.inspectors).toHaveLength(2);
    for (const id of target.inspectors) expect(same.inspectors).not.toContain(id);
    const blocked = draw({ seed: SEED, targets, ratios, inspectors, conflicts: new Map([[target.uscc, new Set(["u1", "u2", "u3", "u4"])]]), perInspection: 2 });
    expect(blocked.unstaffed).toEqual([target.uscc]);
    expect(blocked.drawn.find((d) => d.uscc === target.uscc)!.inspectors).toEqual([]);
  });
  it("the snapshot hash is SHA-256 of the sorted lines and changes with any target or grade", () => {
    const h = draw({ seed: SEED, targets, ratios, inspectors, conflicts: new Map(), perInspection: 2 }).snapshotHash;
    const changed = targets.map((t, i) => (i === 7 ? { ...t, grade: "A" as const } : t));
    expect(draw({ seed: SEED, targets: changed, ratios, inspectors, conflicts: new Map(), perInspection: 2 }).snapshotHash).not.toBe(h);
    expect(() => parseSnapshot("X\tE")).toThrow();
  });
});
