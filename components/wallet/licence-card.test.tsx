import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeT } from "@/lib/i18n/core";
import en from "@/lib/i18n/messages/en";
import zhCN from "@/lib/i18n/messages/zh-CN";
import type { WalletLicence } from "@/lib/licences/wallet";
import { LicenceCard } from "./licence-card";

const receipt: WalletLicence = {
  id: "lic-1",
  number: "BA-2026-000001",
  kind: "FILING_RECEIPT",
  title: "户外招牌设置备案回执",
  status: "VALID",
  statusReason: null,
  holderName: "上海金山晨曦便利店有限公司",
  uscc: "91310116MA1234567X",
  address: "上海市金山区朱泾镇人民路1号",
  matter: "户外招牌设置备案",
  items: ["户外招牌设置备案", "食品销售（仅销售预包装食品）"],
  registration: null,
  validFrom: "2026-12-08",
  validUntil: null,
  issuer: "上海市金山区绿化和市容管理局",
  issuedAt: new Date("2026-12-08T02:00:00Z"),
  version: 1,
  signature: "valid",
  genuineAndValid: true,
  current: true,
  supersededBy: null,
  signed: true,
  verification: null,
};

const CJK = /[\u3400-\u9fff]/;

/** The text outside elements marked lang="zh-CN" (tags dropped). */
function unmarkedText(html: string): string {
  return html.replace(/<(\w+)[^>]*lang="zh-CN"[^>]*>.*?<\/\1>/g, "").replace(/<[^>]+>/g, " ");
}

describe("LicenceCard", () => {
  it("in English: the title, the issuer and a matter-named item through the data translations; scope terms and the address marked Chinese", () => {
    const html = renderToStaticMarkup(<LicenceCard licence={receipt} t={makeT(en)} locale="en" />);
    expect(html).toContain("Shop sign filing receipt");
    expect(html).toContain("Jinshan District Bureau of Landscaping and City Appearance");
    expect(html).toContain('<span lang="zh-CN">食品销售（仅销售预包装食品）</span>');
    expect(html).toContain('<span lang="zh-CN">上海市金山区朱泾镇人民路1号</span>');
    expect(html).not.toContain("户外招牌设置备案");
    expect(unmarkedText(html)).not.toMatch(CJK);
  });

  it("in Chinese: every name as stored, nothing marked", () => {
    const html = renderToStaticMarkup(<LicenceCard licence={receipt} t={makeT(zhCN)} locale="zh-CN" />);
    for (const zh of [
      "户外招牌设置备案回执",
      "上海市金山区绿化和市容管理局",
      "户外招牌设置备案",
      "食品销售（仅销售预包装食品）",
      "上海市金山区朱泾镇人民路1号",
    ]) {
      expect(html).toContain(zh);
    }
    expect(html).not.toContain('lang="zh-CN"');
  });

  it("a status reason typed by an officer is marked Chinese inside the English sentence", () => {
    const html = renderToStaticMarkup(
      <LicenceCard licence={{ ...receipt, status: "SUSPENDED", statusReason: "招牌未按备案设置" }} t={makeT(en)} locale="en" />,
    );
    expect(html).toContain('<span lang="zh-CN">招牌未按备案设置</span>');
  });
});
