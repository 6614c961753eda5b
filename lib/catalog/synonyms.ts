// 检索同义词 (SearchSynonym): everyday words and the catalog wording they stand for (宾馆 → 旅馆, 网吧 →
// 上网服务), seeded from prisma/seed/data/search-synonyms.ts and maintained by the regulator. A query is
// searched as typed and, for each synonym whose word it contains, with that word replaced by the target;
// a row matches any of these variants. Each variant is one `@>` on the GIN-indexed tokens (a bitmap OR of
// index scans), and the synonyms a query contains are looked up by the unique index on word: the search
// stays index-backed as catalog and synonym list grow (scripts/bench-catalog-search.ts).
import { getDb } from "@/lib/db";

export interface Synonym {
  word: string;
  target: string;
}

/** At most this many variants per query (the query itself included). */
export const MAX_VARIANTS = 8;
/** Longest synonym word looked up in a query. */
export const MAX_WORD_LENGTH = 12;

const norm = (s: string) => s.normalize("NFKC").toLowerCase();

/** Every substring of the query up to MAX_WORD_LENGTH characters: the candidate words, for an index lookup. */
export function candidateWords(query: string): string[] {
  const chars = [...norm(query).replace(/\s+/g, " ")];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    let w = "";
    for (let j = i; j < Math.min(chars.length, i + MAX_WORD_LENGTH); j++) {
      w += chars[j];
      if (w.trim() === w) out.add(w);
    }
  }
  return [...out];
}

/** The query as typed, then once per contained synonym with its word replaced by the target (longest words first). */
export function expandQuery(query: string, synonyms: Synonym[]): string[] {
  const q = norm(query);
  const variants = [query];
  const sorted = [...synonyms].sort((a, b) => [...b.word].length - [...a.word].length);
  for (const s of sorted) {
    const word = norm(s.word);
    if (!word || !q.includes(word)) continue;
    const v = q.split(word).join(norm(s.target));
    if (!variants.includes(v)) variants.push(v);
    if (variants.length >= MAX_VARIANTS) break;
  }
  return variants;
}

/** The synonyms whose word occurs in the query (words are stored as typed; compared NFKC + lower case). */
export async function synonymsIn(query: string): Promise<Synonym[]> {
  if (!query.trim()) return [];
  const words = candidateWords(query);
  const rows = await getDb().searchSynonym.findMany({ where: { word: { in: words } }, select: { word: true, target: true } });
  return rows;
}
