import { describe, expect, it } from "vitest";
import { aggregate, contribution, dimensionsOf, tupleKey, type ApplicationFact, type FactItem } from "./contributions";

const item = (o: Partial<FactItem> & Pick<FactItem, "matterId" | "departmentId">): FactItem => ({
  industry: "零售",
  rolloutBatch: 1,
  statutoryDays: 20,
  useCommitment: false,
  taskId: null,
  ...o,
});

const fact = (o: Partial<ApplicationFact> = {}): ApplicationFact => ({
  issued: true,
  fieldsTyped: 10,
  fieldsBaseline: 50,
  materialsSubmitted: 2,
  materialsBaseline: 10,
  workingDaysTaken: 3,
  returnCount: 0,
  pendingMaterials: 0,
  items: [],
  tasks: [],
  ratings: [],
  tickets: [],
  ...o,
});

describe("dimensionsOf", () => {
  it("gives every combination once, however many matters share it", () => {
    const f = fact({ items: [item({ matterId: "m1", departmentId: "d1" }), item({ matterId: "m2", departmentId: "d1" })] });
    const keys = [...dimensionsOf(f).keys()];
    expect(new Set(keys).size).toBe(keys.length);
    // any, window, 2×2×2 − 1 (any/any/any already there) for d1/零售/1, and the two matters.
    expect(keys).toHaveLength(2 + 7 + 2);
    expect(keys).toContain(tupleKey({ dept: "d1", industry: "*", batch: "*", matter: "*" }));
    expect(keys).toContain(tupleKey({ dept: "*", industry: "*", batch: "*", matter: "m2" }));
    expect(keys).not.toContain(tupleKey({ dept: "d1", industry: "*", batch: "*", matter: "m1" }));
  });

  it("names a matter outside the rollout batches by '-'", () => {
    const keys = [...dimensionsOf(fact({ items: [item({ matterId: "m1", departmentId: "d1", rolloutBatch: null })] })).keys()];
    expect(keys).toContain(tupleKey({ dept: "*", industry: "*", batch: "-", matter: "*" }));
  });
});

describe("contribution", () => {
  const f = fact({
    returnCount: 0,
    items: [
      item({ matterId: "m1", departmentId: "d1", statutoryDays: 20, useCommitment: true, taskId: "t1" }),
      item({ matterId: "m2", departmentId: "d2", statutoryDays: 30, taskId: "t2" }),
    ],
    tasks: [
      { id: "t1", decided: true, onTime: true, inStatutory: true, corrections: 0 },
      { id: "t2", decided: true, onTime: false, inStatutory: true, corrections: 1 },
    ],
    ratings: [
      { unit: "WINDOW", overall: 5, efficiency: 5, guideAccuracy: 5, convenience: 5, usability: 5 },
      { unit: "d2", overall: 2, efficiency: 1, guideAccuracy: 2, convenience: 3, usability: 2 },
    ],
    tickets: [{ unit: "d2", rectified: false }],
  });

  it("counts application-level figures whole and task, commitment, rating and ticket figures per unit", () => {
    const any = contribution(f, { dept: "*", industry: "*", batch: "*", matter: "*" });
    expect(any).toMatchObject({
      applications: 1,
      completed: 1,
      statutorySum: 50,
      statutoryMax: 30,
      oneTime: 0,
      tasksDecided: 2,
      tasksOnTime: 1,
      withCommitment: 1,
      ratings: 2,
      rated2: 1,
      rated5: 1,
      tickets: 1,
    });
    const d2 = contribution(f, { dept: "d2", industry: "*", batch: "*", matter: "*" });
    expect(d2).toMatchObject({ applications: 1, statutorySum: 50, tasksDecided: 1, tasksOnTime: 0, withCommitment: 0, ratings: 1, rated2: 1, tickets: 1 });
    const win = contribution(f, { dept: "WINDOW", industry: "*", batch: "*", matter: "*" });
    expect(win).toMatchObject({ tasksDecided: 2, ratings: 1, rated5: 1, tickets: 0 });
  });

  it("counts nothing of completion for an application not issued", () => {
    const c = contribution({ ...f, issued: false }, { dept: "*", industry: "*", batch: "*", matter: "*" });
    expect(c).toMatchObject({ completed: 0, daysTaken: 0, statutorySum: 0, oneTime: 0 });
  });
});

describe("aggregate", () => {
  it("sums the applications of a day per combination", () => {
    const a = fact({ items: [item({ matterId: "m1", departmentId: "d1" })] });
    const b = fact({ items: [item({ matterId: "m2", departmentId: "d2" })], returnCount: 2 });
    const rows = aggregate([a, b]);
    const row = (dept: string, matter = "*") =>
      rows.find((r) => r.dims.dept === dept && r.dims.matter === matter && r.dims.industry === "*" && r.dims.batch === "*")!.counters;
    expect(row("*")).toMatchObject({ applications: 2, returned: 1, fieldsTyped: 20 });
    expect(row("d1")).toMatchObject({ applications: 1, returned: 0 });
    expect(row("*", "m2")).toMatchObject({ applications: 1, returned: 1 });
  });
});
