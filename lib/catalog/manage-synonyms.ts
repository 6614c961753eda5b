import "server-only";
// 检索同义词 maintenance by the regulator (catalog.publish: the regulator keeps the catalog and its wording),
// beside the scope terms. Every change is audited; a synonym whose target finds nothing in the catalog is
// refused, so the list never sends a search into the void.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, type MessageParams } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/core";
import type { TSynonymId, TSynonymInput } from "./schemas";
import { queryTokens } from "./search-tokens";

export interface SynonymRow {
  id: string;
  word: string;
  target: string;
  /** Active permit matters the target finds (what the synonym adds to a search). */
  matches: number;
  createdAt: Date;
}

async function countMatches(target: string): Promise<number> {
  const tokens = queryTokens(target);
  if (!tokens.length) return 0;
  return getDb().matter.count({ where: { kind: "PERMIT", isActive: true, searchTokens: { hasEvery: tokens } } });
}

export const SYNONYM_PAGE_SIZE = 50;

/** One page of the synonyms, in word order (paged in the database: the list grows with the regulator's edits). */
export async function listSynonyms({
  actor,
  page: asked = 1,
}: {
  actor: SessionUser;
  page?: number;
}): Promise<{ rows: SynonymRow[]; total: number; page: number; pageCount: number }> {
  assertCan(actor.role, "catalog.publish");
  const db = getDb();
  const total = await db.searchSynonym.count();
  const pageCount = Math.max(1, Math.ceil(total / SYNONYM_PAGE_SIZE));
  const page = Number.isInteger(asked) ? Math.min(Math.max(1, asked), pageCount) : 1;
  const rows = await db.searchSynonym.findMany({
    orderBy: [{ word: "asc" }, { target: "asc" }, { id: "asc" }],
    skip: (page - 1) * SYNONYM_PAGE_SIZE,
    take: SYNONYM_PAGE_SIZE,
  });
  // One count per distinct target: a few dozen index lookups on a page only the regulator opens.
  const targets = [...new Set(rows.map((r) => r.target))];
  const counts = new Map(await Promise.all(targets.map(async (t) => [t, await countMatches(t)] as const)));
  return {
    rows: rows.map((r) => ({ id: r.id, word: r.word, target: r.target, matches: counts.get(r.target) ?? 0, createdAt: r.createdAt })),
    total,
    page,
    pageCount,
  };
}

const E = "domain.catalog.errors";

/**
 * The answer the add form (components/synonyms/synonym-forms.tsx) still reads: field messages by name. The page
 * adapts the defineAction answer to it until that form takes the ActionResult (fieldErrors) itself.
 */
export type AddSynonymResult = { ok: true; id: string } | { ok: false; errors: Partial<Record<"word" | "target", string>> };

/** A refusal that belongs to one field of the form (the action shows it there). */
function fieldRefusal(code: "BAD_INPUT" | "CONFLICT", path: "word" | "target", key: MessageKey, params: MessageParams): AppError {
  return new AppError(code, key, params, { issues: [{ path, key, params }] });
}

/** The input is parsed once, by the action (ZSynonymInput). */
export async function addSynonym({ actor, now, input }: { actor: SessionUser; now: Date; input: TSynonymInput }): Promise<{ id: string }> {
  assertCan(actor.role, "catalog.publish");
  const { word, target } = input;
  if ((await countMatches(target)) === 0) throw fieldRefusal("BAD_INPUT", "target", `${E}.synonymTargetUnknown`, { target });
  return getDb().$transaction(async (tx) => {
    if (await tx.searchSynonym.findUnique({ where: { word_target: { word, target } }, select: { id: true } })) {
      throw fieldRefusal("CONFLICT", "word", `${E}.synonymExists`, { word, target });
    }
    const row = await tx.searchSynonym.create({ data: { word, target, createdById: actor.id, createdAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "synonym.create", entityType: "SearchSynonym", entityId: row.id, after: { word, target }, at: now });
    return { id: row.id };
  });
}

export async function removeSynonym({ actor, now, input }: { actor: SessionUser; now: Date; input: TSynonymId }): Promise<void> {
  assertCan(actor.role, "catalog.publish");
  const { synonymId } = input;
  await getDb().$transaction(async (tx) => {
    const row = await tx.searchSynonym.findUnique({ where: { id: synonymId } });
    if (!row) throw new AppError("NOT_FOUND", `${E}.synonymNotFound`);
    await tx.searchSynonym.delete({ where: { id: row.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "synonym.delete",
      entityType: "SearchSynonym",
      entityId: row.id,
      before: { word: row.word, target: row.target },
      at: now,
    });
  });
}
