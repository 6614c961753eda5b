import { describe, expect, it } from "vitest";
import { english, zh, zhNotice } from "@/tests/support/messages";
import { noticeText } from "@/lib/notifications/notice-text";
import { type IssuedLine, issuedNotice, issuedNoticeParams } from "./issued-notice";

const LINES: IssuedLine[] = [
  { line: "issued", matterCode: "BUSINESS_REGISTRATION", matter: "企业设立登记（营业执照）", kind: "BUSINESS", number: "YZ20261125-A1" },
  { line: "issued", matterCode: "PREPACKAGED_FOOD_FILING", matter: "仅销售预包装食品备案", kind: "FILING_RECEIPT", number: "BA20261125-A2" },
  { line: "rejected", matterCode: "PUBLICATION_RETAIL", matter: "出版物零售业务经营许可", reason: "经营场所与出版物零售场所要求不符" },
  { line: "rejected", matterCode: "BUSINESS_REGISTRATION", matter: "企业设立登记（营业执照）", reason: null },
  { line: "noHolder", matterCode: "PREPACKAGED_FOOD_FILING", matter: "仅销售预包装食品备案" },
];

describe("the results-issued notice", () => {
  it("reads in Chinese exactly as the lines the window always wrote", () => {
    const { key, params } = issuedNotice(LINES, zh);
    expect(key).toBe("domain.approvals.notices.issuedWithRejected");
    expect(zhNotice({ key, params })).toEqual({
      title: "结果已统一出件",
      body: [
        "共发放 2 项，3 项未获准予（理由见下）：",
        "✔ 企业设立登记（营业执照）：营业执照 YZ20261125-A1",
        "✔ 仅销售预包装食品备案：备案回执 BA20261125-A2",
        "✘ 出版物零售业务经营许可：经营场所与出版物零售场所要求不符",
        "✘ 企业设立登记（营业执照）：不予许可",
        "✘ 仅销售预包装食品备案：营业执照未获核准，该事项无法发证",
      ].join("\n"),
    });
  });

  it("without refusals uses the plain key and names no refused count", () => {
    const { key, params } = issuedNotice(LINES.slice(0, 1), zh);
    expect(key).toBe("domain.approvals.notices.issued");
    expect(params).not.toHaveProperty("rejected");
    expect(zhNotice({ key, params }).body).toBe("共发放 1 项：\n✔ 企业设立登记（营业执照）：营业执照 YZ20261125-A1");
  });

  it("reads in English from the stored facts: kind words from the catalog, matters through the data translations", () => {
    const { key, params } = issuedNotice(LINES, zh);
    // The inbox words the lines in the reader's locale itself (noticeText calls issuedNoticeParams).
    const body = noticeText({ key, params }, english, "en").body;
    expect(body).toBe(
      [
        "2 issued, 3 not granted (reasons below):",
        "✔ Company registration (business licence): Business licence YZ20261125-A1",
        "✔ Filing for the sale of prepackaged food only: Filing receipt BA20261125-A2",
        // The department's own reason stays as the officer wrote it.
        "✘ Publication retail licence: 经营场所与出版物零售场所要求不符",
        "✘ Company registration (business licence): Not granted",
        "✘ Filing for the sale of prepackaged food only: The business licence was not granted, so nothing can be issued for this matter",
      ].join("\n"),
    );
  });

  it("leaves other notices, and issued notices stored before their facts, as they are", () => {
    const params = { count: 1, lines: "✔ 企业设立登记（营业执照）：营业执照 YZ1" };
    expect(issuedNoticeParams("domain.approvals.notices.issued", params, english, "en")).toBe(params);
    expect(issuedNoticeParams("domain.approvals.notices.returned", { items: "[]" }, english, "en")).toEqual({ items: "[]" });
  });
});
