import { describe, expect, it } from "vitest";
import { filterOptionsFrom, resolveFilters } from "./filters";

const options = filterOptionsFrom(
  [
    { id: "d1", name: "区市场监管局" },
    { id: "d2", name: "区烟草专卖局" },
    { id: "d3", name: "没有事项的部门" },
  ],
  [
    { id: "m1", code: "LIQUOR", name: "酒类零售", departmentId: "d1", industry: "零售", rolloutBatch: 1 },
    { id: "m2", code: "TOBACCO", name: "烟草零售", departmentId: "d2", industry: "零售", rolloutBatch: null },
  ],
);
const NOW = new Date("2026-11-22T02:00:00Z");

describe("filterOptionsFrom", () => {
  it("offers the window first, departments with matters, industries and batches ('-' last)", () => {
    expect(options.departments.map((d) => d.id)).toEqual(["WINDOW", "d1", "d2"]);
    expect(options.industries).toEqual(["零售"]);
    expect(options.batches).toEqual(["1", "-"]);
  });
});

describe("resolveFilters", () => {
  it("defaults to the 365 days ending today in Shanghai", () => {
    const r = resolveFilters({}, NOW, options);
    expect(r.filters).toMatchObject({ from: "2025-11-23", to: "2026-11-22", dept: null });
    expect(r.dims).toEqual({ dept: "*", industry: "*", batch: "*", matter: "*" });
    expect(r.problems).toEqual([]);
  });

  it("swaps a reversed period and drops unreadable or unknown values with a reason", () => {
    const r = resolveFilters({ from: "2026-03-01", to: "2026-02-01", dept: "zz", batch: "9" }, NOW, options);
    expect(r.filters).toMatchObject({ from: "2026-02-01", to: "2026-03-01", dept: null, batch: null });
    expect(r.problems).toHaveLength(3);
  });

  it("reads a matter as its own combination, and a contradicting department as no match", () => {
    expect(resolveFilters({ matter: "m1", dept: "d1" }, NOW, options).dims).toEqual({ dept: "*", industry: "*", batch: "*", matter: "m1" });
    const r = resolveFilters({ matter: "m1", dept: "d2" }, NOW, options);
    expect(r.dims).toBeNull();
    expect(r.problems[0]).toContain("酒类零售");
  });

  it("takes repeated URL values by their first, and a batch outside the rollout as '-'", () => {
    expect(resolveFilters({ dept: ["d2", "d1"], batch: "-" }, NOW, options).dims).toEqual({ dept: "d2", industry: "*", batch: "-", matter: "*" });
  });
});
