import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeT } from "@/lib/i18n/core";
import en from "@/lib/i18n/messages/en";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { IssuedResults } from "./issued-results";

const licences = [{ id: "l1", kind: "PERMIT" as const, number: "JY-2026-000001", matter: "酒类商品零售许可", issuedAt: new Date("2026-12-08T02:00:00Z") }];
const rejected = [{ matter: "烟草专卖零售许可", reason: "与最近的烟草零售点间距不足" }];

describe("IssuedResults", () => {
  it("in English: matter names through the data translations, the department's typed reason marked Chinese", () => {
    const html = renderToStaticMarkup(<IssuedResults licences={licences} rejected={rejected} t={makeT(en)} locale="en" />);
    expect(html).toContain("Liquor");
    expect(html).not.toContain("酒类商品零售许可");
    expect(html).not.toContain("烟草专卖零售许可");
    expect(html).toContain('<span lang="zh-CN">与最近的烟草零售点间距不足</span>');
  });

  it("in Chinese: the names as stored", () => {
    const html = renderToStaticMarkup(<IssuedResults licences={licences} rejected={rejected} t={makeT(zhCN)} locale="zh-CN" />);
    expect(html).toContain("酒类商品零售许可");
    expect(html).toContain("烟草专卖零售许可");
    expect(html).toContain("与最近的烟草零售点间距不足");
  });
});
