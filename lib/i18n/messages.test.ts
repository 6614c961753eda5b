import { describe, expect, it } from "vitest";
import zhCN from "./messages/zh-CN";
import en from "./messages/en";
import { makeT } from "./core";

function leaves(obj: object, prefix = ""): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`)));
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogs", () => {
  const zh = new Map(leaves(zhCN));
  const enMap = new Map(leaves(en));

  it("zh-CN and English have exactly the same keys", () => {
    expect([...enMap.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each([...zh.keys()])("%s is non-empty in both and uses the same placeholders", (key) => {
    expect(zh.get(key)?.trim()).not.toBe("");
    expect(enMap.get(key)?.trim()).not.toBe("");
    expect(placeholders(enMap.get(key) ?? "")).toEqual(placeholders(zh.get(key) ?? ""));
  });

  it("zh-CN strings are Chinese (characters or full-width punctuation)", () => {
    const latinOnly = [...zh.entries()].filter(
      ([k, v]) => !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(v) && k !== "nav.switchTo" && !k.startsWith("inbox.legacy."),
    );
    expect(latinOnly).toEqual([]);
  });
});

describe("makeT", () => {
  const t = makeT(zhCN);
  it("interpolates values and leaves unknown placeholders visible", () => {
    expect(t("login.locked", { minutes: 15 })).toContain("15 分钟");
    expect(t("nav.signedInAs", { name: "张伟" })).toContain("{role}");
  });
  it("returns the key itself for a missing message (never crashes a page)", () => {
    expect(t("nope.missing" as never)).toBe("nope.missing");
  });
});
