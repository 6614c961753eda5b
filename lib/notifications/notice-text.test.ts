import { describe, expect, it } from "vitest";
import { english, zh } from "@/tests/support/messages";
import { issuedNotice, type IssuedLine } from "./issued-notice";
import { noticeText } from "./notice-text";

const CJK = /[\u3400-\u9fff]/;

describe("an inbox message in the reader's locale", () => {
  const approved = { key: "domain.approvals.notices.taskApproved", params: { department: "上海市金山区烟草专卖局", matters: "“烟草专卖零售许可”" } };

  it("names the department and the matters in Chinese for a Chinese reader, as stored", () => {
    expect(noticeText(approved, zh, "zh-CN").title).toContain("上海市金山区烟草专卖局");
    expect(noticeText(approved, zh, "zh-CN").body).toContain("烟草专卖零售许可");
  });

  it("names them in English for an English reader (the catalog data's translations)", () => {
    const { title, body } = noticeText(approved, english, "en");
    expect(title).toMatch(/granted the permit$/);
    expect(title + body).not.toMatch(CJK);
  });

  it("words the results-issued lines again from their stored facts", () => {
    const lines: IssuedLine[] = [{ line: "issued", matterCode: "BUSINESS_REGISTRATION", matter: "企业设立登记（营业执照）", kind: "BUSINESS", number: "YZ1" }];
    const { key, params } = issuedNotice(lines, zh);
    expect(noticeText({ key, params }, zh, "zh-CN").body).toContain("营业执照 YZ1");
    const body = noticeText({ key, params }, english, "en").body;
    expect(body).toContain("YZ1");
    expect(body).not.toMatch(CJK);
  });
});
