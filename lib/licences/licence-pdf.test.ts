// The printable licence as a person sees it: every character drawn has an outline in the embedded font,
// poppler's rendering of page 1 has ink in every character's cell (the @pdf-lib/fontkit subset rendered
// most Chinese glyphs blank while the text layer was fine), and each kind prints its own facts: a 营业执照
// the registered ones, a permit or a filing receipt its holder, items, premises, validity and issuer.
import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import en from "@/lib/i18n/messages/en";
import { blankGlyphs, inkPerCharacter } from "@/tests/support/pdf-look";
import type { LicenceView } from "./licence-view";
import { buildLicencePdf, licenceRows } from "./licence-pdf";

const t = makeT(zhCN);
const permit: LicenceView = {
  id: "lic1",
  number: "XK20261123-ABC123",
  kind: "PERMIT",
  title: "特种行业许可证（旅馆业）",
  status: "VALID",
  statusReason: null,
  holderName: "上海金山晨光酒店管理有限公司",
  uscc: "91310116MA7FM3KC1X",
  address: "上海市金山区卫零路388号1层",
  matter: "特种行业许可证核发（旅馆业）",
  items: ["住宿服务"],
  registration: null,
  validFrom: "2026-11-23",
  validUntil: "2031-11-22",
  issuer: "金山区公安分局",
  issuedAt: new Date("2026-11-23T02:00:00Z"),
  version: 1,
  signature: "valid",
  genuineAndValid: true,
};
const business: LicenceView = {
  ...permit,
  number: "YZ20261123-XYZ789",
  kind: "BUSINESS",
  title: "营业执照",
  holderName: "上海金山晨光便利店有限公司",
  matter: "企业设立登记（营业执照）",
  items: [],
  address: "上海市金山区朱泾镇人民路100号",
  validUntil: null,
  issuer: "金山区市场监督管理局",
  registration: {
    entityType: "有限责任公司（自然人独资）",
    legalRep: "张晨光",
    registeredCapital: "1000000.00",
    establishedOn: "2026-11-23",
    businessScope: "许可项目：食品销售；酒类经营；烟草制品零售。一般项目：日用百货销售；文具用品零售",
  },
};
const receipt: LicenceView = {
  ...permit,
  number: "BA20261123-R1",
  kind: "FILING_RECEIPT",
  title: "户外招牌设置备案回执",
  items: ["户外招牌设置"],
  validUntil: null,
  issuer: "金山区城市管理行政执法局",
};
const url = "https://yzt.example.gov.cn/verify/licence/XK20261123-ABC123";

async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, "");
}

/** Everything the page draws in words: the rows, the title, the notes. */
function drawnText(l: LicenceView): string {
  return [l.title, t("wallet.pdf.electronic"), l.number, l.issuer, t("wallet.pdf.verifyNote"), url, ...licenceRows(l, t).flat()].join("");
}

describe("buildLicencePdf — what a person sees", () => {
  for (const l of [business, permit, receipt]) {
    it(`${l.kind}: every drawn character has an outline in the embedded font, and ink where poppler renders it`, async () => {
      const bytes = await buildLicencePdf({ licence: l, verifyUrl: url, t });
      expect(await blankGlyphs(bytes, drawnText(l))).toEqual([]);
      const runs = await inkPerCharacter(bytes);
      expect(runs.length).toBeGreaterThan(10);
      expect(runs.filter((r) => r.blank.length)).toEqual([]);
      // The title is drawn (and so checked above) as one run of its own.
      expect(runs.map((r) => r.text)).toContain(l.title);
    }, 60_000);
  }

  it("a long business scope still fits one page and renders", async () => {
    const long = {
      ...business,
      registration: { ...business.registration!, businessScope: Array.from({ length: 40 }, (_, i) => `日用百货销售第${i + 1}项`).join("；") },
    };
    const bytes = await buildLicencePdf({ licence: long, verifyUrl: url, t });
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    expect(doc.numPages).toBe(1);
    expect(await textOf(bytes)).toContain("日用百货销售第40项");
    expect((await inkPerCharacter(bytes)).filter((r) => r.blank.length)).toEqual([]);
  }, 60_000);
});

describe("buildLicencePdf — the facts of each kind", () => {
  it("a business licence carries 名称, 统一社会信用代码, 类型, 法定代表人, 注册资本, 成立日期, 住所, 经营范围, 登记机关 and date — and no 许可项目", async () => {
    const text = await textOf(await buildLicencePdf({ licence: business, verifyUrl: url, t }));
    for (const s of [
      "营业执照",
      "名称上海金山晨光便利店有限公司",
      "统一社会信用代码91310116MA7FM3KC1X",
      "类型有限责任公司（自然人独资）",
      "法定代表人张晨光",
      "注册资本人民币100万元",
      "成立日期2026-11-23",
      "住所上海市金山区朱泾镇人民路100号",
      "经营范围许可项目：食品销售",
      "登记机关金山区市场监督管理局",
      "登记日期2026-11-23",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain("许可项目：企业设立登记");
    expect(text).not.toContain("企业设立登记（营业执照）");
  }, 30_000);

  it("a permit carries its holder, code, licensed items, premises, validity, issuing department and number under its own title", async () => {
    const text = await textOf(await buildLicencePdf({ licence: permit, verifyUrl: url, t }));
    for (const s of [
      "特种行业许可证（旅馆业）",
      "持证单位上海金山晨光酒店管理有限公司",
      "许可项目住宿服务",
      "经营场所上海市金山区卫零路388号1层",
      "有效期2026-11-23至2031-11-22",
      "发证部门金山区公安分局",
      "编号：XK20261123-ABC123",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain("许可证（特种行业");
    expect(text).not.toContain("状态：有效");
    expect(text).not.toContain("状态：已");
  }, 30_000);

  it("a filing receipt says 备案事项, 备案部门 and 备案日期", async () => {
    const text = await textOf(await buildLicencePdf({ licence: receipt, verifyUrl: url, t }));
    for (const s of ["户外招牌设置备案回执", "备案单位", "备案事项户外招牌设置", "备案部门金山区城市管理行政执法局", "备案日期2026-11-23"])
      expect(text).toContain(s);
  }, 30_000);

  it("prints the verification address it is given, and says on its face when the licence is no longer valid", async () => {
    const bytes = await buildLicencePdf({
      licence: { ...business, status: "REVOKED", statusReason: "以欺骗手段取得许可", genuineAndValid: false },
      verifyUrl: url,
      t,
    });
    const text = await textOf(bytes);
    expect(text).toContain("状态：已撤销（以欺骗手段取得许可）");
    expect(text).toContain("https://yzt.example.gov.cn/verify/licence/XK20261123-ABC123");
    expect(text).not.toContain("localhost");
  }, 30_000);

  it("is labelled in English for an English reader", async () => {
    const text = await textOf(await buildLicencePdf({ licence: business, verifyUrl: url, t: makeT(en) }));
    expect(text).toContain("Legalrepresentative张晨光");
    expect(text).toContain("RegisteredcapitalRMB100×10,000yuan");
  }, 30_000);
});
