import { describe, expect, it } from "vitest";
import { queryTokens, searchTokensFor } from "./search-tokens";

const row = searchTokensFor("食品经营许可", "FOOD_OPERATION", "餐饮");
const matches = (q: string) => {
  const need = queryTokens(q);
  return need.length > 0 && need.every((t) => row.includes(t));
};

describe("catalog search tokens", () => {
  it.each([
    ["食品", true],
    ["经营许可", true],
    ["食品经营许可", true],
    ["食", true],
    ["餐饮", true],
    ["food", true],
    ["FOOD_OP", true],
    ["operation", true],
    ["酒类", false],
    ["品食", false],
    ["tobacco", false],
  ])("%s → %s", (q, expected) => {
    expect(matches(q)).toBe(expected);
  });

  it("ignores punctuation, full-width letters and spacing", () => {
    expect(queryTokens("  食品，经营 ")).toEqual(queryTokens("食品 经营"));
    expect(matches("ＦＯＯＤ")).toBe(true);
  });

  it("has nothing to search for in punctuation or a single Latin letter", () => {
    expect(queryTokens("，。 ")).toEqual([]);
    expect(queryTokens("f")).toEqual([]);
  });
});
