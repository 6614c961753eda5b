import { describe, expect, it } from "vitest";
import { makeT } from "@/lib/i18n/core";
import en from "@/lib/i18n/messages/en";
import zhCN from "@/lib/i18n/messages/zh-CN";
import type { InputIssue } from "@/lib/errors";
import { issuesFailure } from "./action-result";

const issues: InputIssue[] = [
  { path: "purpose", key: "domain.licences.errors.share.purposeTooShort", params: { minimum: "2" } },
  { path: "purpose", key: "domain.licences.errors.share.purposeTooLong", params: { maximum: "100" } },
  { path: "expiresInDays", key: "domain.licences.errors.share.daysRequired", params: {} },
];

describe("issuesFailure", () => {
  it("translates every issue for the visitor's locale, the first per field on that field", () => {
    const zh = issuesFailure(issues, makeT(zhCN));
    expect(zh.code).toBe("BAD_INPUT");
    expect(zh.fieldErrors).toEqual({ purpose: "分享用途至少 2 个字", expiresInDays: "请填写有效天数" });
    expect(zh.field).toBe("purpose");
    expect(zh.error).toBe("分享用途至少 2 个字；分享用途不超过 100 个字；请填写有效天数");
    const english = issuesFailure(issues, makeT(en));
    expect(english.fieldErrors?.purpose).toBe("The purpose needs at least 2 characters");
    expect(english.error).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("says something when there is no issue to name", () => {
    expect(issuesFailure([], makeT(zhCN)).error).toBe(zhCN.errors.input.invalid);
  });
});
