import { describe, expect, it } from "vitest";
import zhCN from "@/lib/i18n/messages/zh-CN";
import en from "@/lib/i18n/messages/en";
import { makeT } from "@/lib/i18n/core";
import { signedInLabel } from "./signed-in-label";

const zh = makeT(zhCN);

describe("signedInLabel (the header names the role once)", () => {
  it("shows an officer whose name already carries the role once", () => {
    expect(signedInLabel(zh, { name: "王芳（综合窗口）", role: "WINDOW_OFFICER" })).toBe("当前用户：王芳（综合窗口）");
  });
  it("does not append the role to a name qualified by its department", () => {
    const label = signedInLabel(zh, { name: "陈静（区市场监管局）", role: "DEPT_OFFICER" });
    expect(label).toBe("当前用户：陈静（区市场监管局）");
    expect(label).not.toContain("）（");
  });
  it("shows an account named after its role once", () => {
    expect(signedInLabel(zh, { name: "系统管理员", role: "ADMIN" })).toBe("当前用户：系统管理员");
  });
  it("adds the role to a bare name", () => {
    expect(signedInLabel(zh, { name: "张伟", role: "APPLICANT" })).toBe("当前用户：张伟（企业申请人）");
    expect(signedInLabel(makeT(en), { name: "张伟", role: "APPLICANT" })).toMatch(/^Signed in as 张伟 \(.+\)$/);
  });
});
