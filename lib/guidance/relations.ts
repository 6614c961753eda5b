// Exclusions and "covered by" between matters (MatterRelation, seeded from prisma/seed/data/matter-relations.ts),
// applied to the matters a set of answers requires. Pure: no database access here.
// 一次告知 must be exact (珠海方案 三(一)2 一次性精准告知): a notice never lists two items that exclude each other.
import type { Requirement } from "./evaluate";

export interface RelationDef {
  kind: "COVERS" | "EXCLUDES";
  from: string;
  to: string;
  note: string;
}

export interface LeftOut {
  matterCode: string;
  /** The required matter that covers or excludes it. */
  by: string;
  kind: RelationDef["kind"];
  note: string;
}

/**
 * Splits required matters into those the notice lists and those it leaves out: a matter covered by another
 * required one (COVERS from → to) is left out, "已含于 from". An EXCLUDES pair should never be required
 * together (the rule editor refuses it, see find-answers.ts); if data written around the editor makes it so,
 * the first in rule order stays and the other is left out with the note, rather than a contradictory notice.
 */
export function applyRelations(required: Requirement[], relations: RelationDef[]): { kept: Requirement[]; leftOut: LeftOut[] } {
  const codes = new Set(required.map((r) => r.matterCode));
  const position = new Map(required.map((r, i) => [r.matterCode, i]));
  const dropped = new Map<string, LeftOut>();
  for (const rel of relations) {
    if (!codes.has(rel.from) || !codes.has(rel.to)) continue;
    if (rel.kind === "COVERS") {
      if (!dropped.has(rel.to)) dropped.set(rel.to, { matterCode: rel.to, by: rel.from, kind: rel.kind, note: rel.note });
      continue;
    }
    const [keep, drop] = position.get(rel.from)! <= position.get(rel.to)! ? [rel.from, rel.to] : [rel.to, rel.from];
    if (!dropped.has(drop)) dropped.set(drop, { matterCode: drop, by: keep, kind: rel.kind, note: rel.note });
  }
  return { kept: required.filter((r) => !dropped.has(r.matterCode)), leftOut: [...dropped.values()] };
}

/** The matter codes a notice lists for these requirements. */
export function listedCodes(required: Requirement[], relations: RelationDef[]): string[] {
  return applyRelations(required, relations).kept.map((r) => r.matterCode);
}
