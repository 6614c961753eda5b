import { describe, expect, it } from "vitest";
import { diffEntries } from "./entry";
import { ENTRY_FIELDS, type TMatterEntry } from "./schemas";

const m = (documentKey: string, extra: Partial<TMatterEntry["materials"][number]> = {}) => ({
  documentKey,
  name: documentKey.toUpperCase(),
  description: "",
  isKey: false,
  waivableByCommitment: false,
  mayBePending: false,
  heldByGovernment: false,
  ...extra,
});
const base: TMatterEntry = {
  name: "食品经营许可",
  legalBasis: "《中华人民共和国食品安全法》",
  reformMode: "COMMITMENT",
  reformMeasures: "",
  supervisionMeasures: "",
  conditions: "",
  fees: "不收费",
  statutoryDays: 20,
  promisedDays: 5,
  processingType: "COMMITTED",
  materials: [m("a"), m("b"), m("c")],
};

describe("diffEntries", () => {
  it("compares every field of an entry (a new field cannot be left out of diffs)", () => {
    expect([...ENTRY_FIELDS].sort()).toEqual(
      Object.keys(base)
        .filter((k) => k !== "materials")
        .sort(),
    );
  });

  it("is empty for equal entries", () => {
    expect(diffEntries(base, structuredClone(base))).toEqual([]);
  });

  it("reports fields, added/removed/changed materials as data", () => {
    const after = { ...base, promisedDays: 3, materials: [m("a", { isKey: true }), m("c"), m("d")] };
    expect(diffEntries(base, after)).toEqual([
      { kind: "field", field: "promisedDays", before: 5, after: 3 },
      { kind: "material-changed", documentKey: "a", name: "A", changes: [{ field: "isKey", before: false, after: true }] },
      { kind: "material-added", documentKey: "d", name: "D" },
      { kind: "material-removed", documentKey: "b", name: "B" },
    ]);
  });

  it("a reorder alone is a change (the guide lists materials in this order)", () => {
    expect(diffEntries(base, { ...base, materials: [m("c"), m("a"), m("b")] })).toEqual([
      { kind: "materials-reordered", before: ["A", "B", "C"], after: ["C", "A", "B"] },
    ]);
  });

  it("adding or removing a material is not also reported as a reorder", () => {
    const changes = diffEntries(base, { ...base, materials: [m("a"), m("c")] });
    expect(changes.map((c) => c.kind)).toEqual(["material-removed"]);
  });
});
