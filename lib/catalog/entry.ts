// Reading a matter's editable entry, and the readable difference between two entries.
import { ENTRY_FIELD_LABELS, type TMatterEntry } from "./schemas";

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

export type EntryChange =
  | { kind: "field"; field: keyof typeof ENTRY_FIELD_LABELS; label: string; before: string | number; after: string | number }
  | { kind: "material-added"; documentKey: string; name: string }
  | { kind: "material-removed"; documentKey: string; name: string }
  | { kind: "material-changed"; documentKey: string; name: string; changes: { label: string; before: string; after: string }[] };

const MATERIAL_LABELS = {
  name: "名称",
  description: "说明",
  isKey: "关键材料",
  waivableByCommitment: "可告知承诺免交",
  mayBePending: "可容缺后补",
  heldByGovernment: "政府已掌握免交",
} as const;

const show = (v: unknown) => (typeof v === "boolean" ? (v ? "是" : "否") : String(v));

/** Every difference between two entries, in a fixed order; empty when they are the same. */
export function diffEntries(before: TMatterEntry, after: TMatterEntry): EntryChange[] {
  const changes: EntryChange[] = [];
  for (const [field, label] of Object.entries(ENTRY_FIELD_LABELS) as [keyof typeof ENTRY_FIELD_LABELS, string][]) {
    if (before[field] !== after[field]) changes.push({ kind: "field", field, label, before: before[field], after: after[field] });
  }
  const old = new Map(before.materials.map((m) => [m.documentKey, m]));
  const now = new Map(after.materials.map((m) => [m.documentKey, m]));
  for (const m of after.materials) {
    const prev = old.get(m.documentKey);
    if (!prev) {
      changes.push({ kind: "material-added", documentKey: m.documentKey, name: m.name });
      continue;
    }
    const fieldChanges = (Object.keys(MATERIAL_LABELS) as (keyof typeof MATERIAL_LABELS)[])
      .filter((k) => prev[k] !== m[k])
      .map((k) => ({ label: MATERIAL_LABELS[k], before: show(prev[k]), after: show(m[k]) }));
    if (fieldChanges.length) changes.push({ kind: "material-changed", documentKey: m.documentKey, name: m.name, changes: fieldChanges });
  }
  for (const m of before.materials) {
    if (!now.has(m.documentKey)) changes.push({ kind: "material-removed", documentKey: m.documentKey, name: m.name });
  }
  return changes;
}
