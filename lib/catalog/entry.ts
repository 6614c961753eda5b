// Reading a matter's editable entry, and the readable difference between two entries.
import { ENTRY_FIELDS, type EntryField, type TMatterEntry } from "./schemas";

interface MatterRowWithMaterials {
  name: string;
  legalBasis: string;
  reformMode: TMatterEntry["reformMode"];
  reformMeasures: string;
  supervisionMeasures: string;
  conditions: string;
  fees: string;
  statutoryDays: number;
  promisedDays: number;
  processingType: TMatterEntry["processingType"];
  materials: {
    documentKey: string;
    name: string;
    description: string;
    isKey: boolean;
    waivableByCommitment: boolean;
    mayBePending: boolean;
    heldByGovernment: boolean;
    sortOrder: number;
  }[];
}

export function entryOf(m: MatterRowWithMaterials): TMatterEntry {
  return {
    name: m.name,
    legalBasis: m.legalBasis,
    reformMode: m.reformMode,
    reformMeasures: m.reformMeasures,
    supervisionMeasures: m.supervisionMeasures,
    conditions: m.conditions,
    fees: m.fees,
    statutoryDays: m.statutoryDays,
    promisedDays: m.promisedDays,
    processingType: m.processingType,
    materials: [...m.materials]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ documentKey, name, description, isKey, waivableByCommitment, mayBePending, heldByGovernment }) => ({
        documentKey,
        name,
        description,
        isKey,
        waivableByCommitment,
        mayBePending,
        heldByGovernment,
      })),
  };
}

export const MATERIAL_FIELDS = ["name", "description", "isKey", "waivableByCommitment", "mayBePending", "heldByGovernment"] as const;
export type MaterialField = (typeof MATERIAL_FIELDS)[number];

/** A difference between two entries, as data: field keys and raw values; the UI words them. */
export type EntryChange =
  | { kind: "field"; field: EntryField; before: string | number; after: string | number }
  | { kind: "material-added"; documentKey: string; name: string }
  | { kind: "material-removed"; documentKey: string; name: string }
  | { kind: "material-changed"; documentKey: string; name: string; changes: { field: MaterialField; before: string | boolean; after: string | boolean }[] }
  /** The materials kept in both entries are listed in another order (the guide shows them in this order). */
  | { kind: "materials-reordered"; before: string[]; after: string[] };

/** Every difference between two entries, in a fixed order; empty when they are the same. */
export function diffEntries(before: TMatterEntry, after: TMatterEntry): EntryChange[] {
  const changes: EntryChange[] = [];
  for (const field of ENTRY_FIELDS) {
    if (before[field] !== after[field]) changes.push({ kind: "field", field, before: before[field], after: after[field] });
  }
  const old = new Map(before.materials.map((m) => [m.documentKey, m]));
  const now = new Map(after.materials.map((m) => [m.documentKey, m]));
  for (const m of after.materials) {
    const prev = old.get(m.documentKey);
    if (!prev) {
      changes.push({ kind: "material-added", documentKey: m.documentKey, name: m.name });
      continue;
    }
    const fieldChanges = MATERIAL_FIELDS.filter((k) => prev[k] !== m[k]).map((field) => ({ field, before: prev[field], after: m[field] }));
    if (fieldChanges.length) changes.push({ kind: "material-changed", documentKey: m.documentKey, name: m.name, changes: fieldChanges });
  }
  for (const m of before.materials) {
    if (!now.has(m.documentKey)) changes.push({ kind: "material-removed", documentKey: m.documentKey, name: m.name });
  }
  const keptBefore = before.materials.filter((m) => now.has(m.documentKey));
  const keptAfter = after.materials.filter((m) => old.has(m.documentKey));
  if (keptBefore.some((m, i) => m.documentKey !== keptAfter[i]?.documentKey)) {
    changes.push({ kind: "materials-reordered", before: keptBefore.map((m) => m.name), after: keptAfter.map((m) => m.name) });
  }
  return changes;
}
