// What one application adds to the rollup (pure). An application counts once in every filter combination
// it falls under: for each of its matters, every combination of (department | any) × (industry | any) ×
// (rollout batch | any), the matter itself, "any" and the 综合窗口 — de-duplicated, so an application with
// two matters of one department counts once for that department.
import { ANY, NO_BATCH, addCounters, zeroCounters, type Counters } from "./definitions";
import { WINDOW_UNIT } from "@/lib/base/units";

export interface FactItem {
  matterId: string;
  departmentId: string;
  industry: string;
  rolloutBatch: number | null;
  statutoryDays: number;
  useCommitment: boolean;
  taskId: string | null;
}

export interface FactTask {
  id: string;
  decided: boolean;
  /** Decided by the promised / statutory due date. */
  onTime: boolean;
  inStatutory: boolean;
  corrections: number;
}

export interface FactRating {
  /** departmentId or "WINDOW" */
  unit: string;
  overall: number;
  efficiency: number;
  guideAccuracy: number;
  convenience: number;
  usability: number;
}

export interface FactTicket {
  /** departmentId or "WINDOW" */
  unit: string;
  rectified: boolean;
}

export interface ApplicationFact {
  issued: boolean;
  fieldsTyped: number;
  fieldsBaseline: number;
  materialsSubmitted: number;
  materialsBaseline: number;
  workingDaysTaken: number | null;
  returnCount: number;
  pendingMaterials: number;
  items: FactItem[];
  tasks: FactTask[];
  /** Ratings in force only (not superseded by a re-rating). */
  ratings: FactRating[];
  tickets: FactTicket[];
}

export interface Dimensions {
  dept: string;
  industry: string;
  batch: string;
  matter: string;
}

export const tupleKey = (d: Dimensions) => [d.dept, d.industry, d.batch, d.matter].join("\u0001");
export const batchKey = (batch: number | null) => (batch === null ? NO_BATCH : String(batch));

/** Every filter combination the application falls under, by its key. */
export function dimensionsOf(fact: ApplicationFact): Map<string, Dimensions> {
  const out = new Map<string, Dimensions>();
  const add = (d: Dimensions) => out.set(tupleKey(d), d);
  add({ dept: ANY, industry: ANY, batch: ANY, matter: ANY });
  add({ dept: WINDOW_UNIT, industry: ANY, batch: ANY, matter: ANY });
  for (const item of fact.items) {
    for (const dept of [item.departmentId, ANY])
      for (const industry of [item.industry, ANY]) for (const batch of [batchKey(item.rolloutBatch), ANY]) add({ dept, industry, batch, matter: ANY });
    add({ dept: ANY, industry: ANY, batch: ANY, matter: item.matterId });
  }
  return out;
}

const matches = (d: Dimensions, item: FactItem) =>
  (d.dept === ANY || d.dept === WINDOW_UNIT || d.dept === item.departmentId) &&
  (d.industry === ANY || d.industry === item.industry) &&
  (d.batch === ANY || d.batch === batchKey(item.rolloutBatch)) &&
  (d.matter === ANY || d.matter === item.matterId);

/** A rating or ticket belongs to a combination with "any" department, or to its own unit's. */
const forUnit = (d: Dimensions, unit: string) => d.dept === ANY || d.dept === unit;

/** What the application adds to every combination alike: the application-level counters. */
function applicationCounters(fact: ApplicationFact): Counters {
  const c = zeroCounters();
  c.applications = 1;
  c.fieldsTyped = fact.fieldsTyped;
  c.fieldsBaseline = fact.fieldsBaseline;
  c.materialsSubmitted = fact.materialsSubmitted;
  c.materialsBaseline = fact.materialsBaseline;
  if (fact.issued && fact.workingDaysTaken !== null) {
    let sum = 0;
    let max = 0;
    for (const i of fact.items) {
      sum += i.statutoryDays;
      max = Math.max(max, i.statutoryDays);
    }
    c.completed = 1;
    c.daysTaken = fact.workingDaysTaken;
    c.statutorySum = sum;
    c.statutoryMax = max;
    c.oneTime = fact.returnCount === 0 && !fact.tasks.some((t) => t.corrections > 0) ? 1 : 0;
  }
  c.returned = fact.returnCount > 0 ? 1 : 0;
  c.withPending = fact.pendingMaterials > 0 ? 1 : 0;
  return c;
}

/** Adds to `c` what depends on the combination: its matters' commitment and tasks, its unit's ratings and tickets. */
function addUnitCounters(c: Counters, fact: ApplicationFact, d: Dimensions): void {
  const taskIds: string[] = [];
  for (const i of fact.items) {
    if (!matches(d, i)) continue;
    if (i.useCommitment) c.withCommitment = 1;
    if (i.taskId !== null && !taskIds.includes(i.taskId)) taskIds.push(i.taskId);
  }
  for (const t of fact.tasks) {
    if (!t.decided || !taskIds.includes(t.id)) continue;
    c.tasksDecided += 1;
    if (t.onTime) c.tasksOnTime += 1;
    if (t.inStatutory) c.tasksInStatutory += 1;
  }
  for (const r of fact.ratings) {
    if (!forUnit(d, r.unit)) continue;
    c.ratings += 1;
    c[`rated${r.overall as 1 | 2 | 3 | 4 | 5}`] += 1;
    c.overallSum += r.overall;
    c.efficiencySum += r.efficiency;
    c.guideSum += r.guideAccuracy;
    c.convenienceSum += r.convenience;
    c.usabilitySum += r.usability;
  }
  for (const t of fact.tickets) {
    if (!forUnit(d, t.unit)) continue;
    c.tickets += 1;
    if (t.rectified) c.ticketsRectified += 1;
  }
}

/** The counters the application adds to one filter combination. */
export function contribution(fact: ApplicationFact, d: Dimensions): Counters {
  const c = applicationCounters(fact);
  addUnitCounters(c, fact, d);
  return c;
}

/** The rollup rows of one day: each filter combination's summed counters. */
export function aggregate(facts: readonly ApplicationFact[]): { dims: Dimensions; counters: Counters }[] {
  const rows = new Map<string, { dims: Dimensions; counters: Counters }>();
  for (const fact of facts) {
    const base = applicationCounters(fact);
    for (const [key, d] of dimensionsOf(fact)) {
      const add = { ...base };
      addUnitCounters(add, fact, d);
      const row = rows.get(key);
      if (!row) rows.set(key, { dims: d, counters: add });
      else addCounters(row.counters, add);
    }
  }
  return [...rows.values()];
}
