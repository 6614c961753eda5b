import { describe, expect, it } from "vitest";
import { candidateWords, expandQuery } from "./synonyms";
import { queryTokens } from "./search-tokens";
import { searchSynonyms } from "../../prisma/seed/data/search-synonyms";
import { matters } from "../../prisma/seed/data/matters";
import { searchTokensFor } from "./search-tokens";

describe("synonym expansion", () => {
  it("searches the query as typed and with each contained word replaced", () => {
    expect(expandQuery("网吧", [{ word: "网吧", target: "上网服务" }])).toEqual(["网吧", "上网服务"]);
    expect(
      expandQuery("开宾馆要什么", [
        { word: "宾馆", target: "旅馆" },
        { word: "药店", target: "药品零售" },
      ]),
    ).toEqual(["开宾馆要什么", "开旅馆要什么"]);
    expect(expandQuery("ktv", [{ word: "KTV", target: "娱乐场所" }])).toEqual(["ktv", "娱乐场所"]);
  });

  it("the query's substrings include every word it contains, so an index lookup by word finds them", () => {
    const words = candidateWords("开 宾馆");
    expect(words).toEqual(expect.arrayContaining(["开", "宾馆", "宾", "馆", "开 宾馆"]));
    expect(words).not.toContain(" 宾馆");
  });

  it.each(searchSynonyms.map((s) => [s.word, s.target] as const))("seeded %s → %s finds at least one seeded matter", (word, target) => {
    const tokens = queryTokens(target);
    expect(
      matters.some((m) => m.kind === "PERMIT" && tokens.every((t) => searchTokensFor(m.name, m.code, m.industry).includes(t))),
      `${word} → ${target}`,
    ).toBe(true);
    // The everyday word alone does not (that is why it is a synonym).
    const plain = queryTokens(word);
    expect(
      matters.some((m) => m.kind === "PERMIT" && plain.every((t) => searchTokensFor(m.name, m.code, m.industry).includes(t))),
      word,
    ).toBe(false);
  });
});
