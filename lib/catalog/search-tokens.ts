// Chinese search without a Chinese tokenizer: every unigram and bigram of the searchable text goes into
// a GIN-indexed text[] column; a query matches when the row holds all of the query's bigrams (or, for a
// one-character query, that character). Latin runs (codes like FOOD_OPERATION) are kept as lowercase
// words and their prefixes (≥ 2 characters), so "food" and "food_op" find a code too.
// Works under any database locale (pg_trgm ignores CJK characters under the C locale).

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function cjkGrams(run: string): string[] {
  const chars = [...run];
  const grams = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

function latinPrefixes(word: string): string[] {
  const out: string[] = [];
  for (let n = 2; n <= word.length; n++) out.push(word.slice(0, n));
  return out;
}

/** Splits text into CJK runs and lowercase Latin/digit words (with "_"/"-" kept inside words). */
function runs(text: string): { cjk: string[]; latin: string[] } {
  const cjk: string[] = [];
  const latin: string[] = [];
  for (const m of text
    .normalize("NFKC")
    .toLowerCase()
    .matchAll(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9_-]*/g)) {
    (CJK.test(m[0]) ? cjk : latin).push(m[0]);
  }
  return { cjk, latin };
}

/** Tokens stored for a row. */
export function searchTokensFor(...texts: (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const { cjk, latin } = runs(text);
    for (const r of cjk) for (const g of cjkGrams(r)) tokens.add(g);
    for (const w of latin) {
      for (const p of latinPrefixes(w)) tokens.add(p);
      // Parts of snake/kebab codes are words too: "operation" finds FOOD_OPERATION.
      for (const part of w.split(/[_-]/)) for (const p of latinPrefixes(part)) tokens.add(p);
    }
  }
  return [...tokens].sort();
}

/** Tokens a query must all be found among; empty when the query has nothing searchable. */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  const { cjk, latin } = runs(query);
  for (const r of cjk) {
    const chars = [...r];
    if (chars.length === 1) tokens.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]!);
  }
  for (const w of latin) if (w.length >= 2) tokens.add(w);
  return [...tokens];
}
