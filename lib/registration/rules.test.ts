import { describe, expect, it } from "vitest";
import { issueOf } from "@/lib/errors";
import { translate } from "@/lib/i18n/core";
import { english, zhIssue } from "@/tests/support/messages";
import {
  ZDecideRegistrationChange,
  ZRequestCancel,
  ZRequestChange,
  effectiveChange,
  isAffectedByChange,
  isEndedByCancellation,
  nextVersionNumber,
} from "./rules";

const TODAY = "2026-11-22";
const OLD = "上海市金山区卫零路388号1层";

describe("isAffectedByChange (联动变更)", () => {
  const held = { status: "VALID" as const, address: OLD, validUntil: "2031-11-21" };
  it("a new name re-issues every licence still held, wherever it is", () => {
    expect(isAffectedByChange({ ...held, address: "上海市金山区朱泾镇别处1号" }, { oldAddress: OLD, newName: "新名称有限公司", newAddress: null }, TODAY)).toBe(
      true,
    );
    expect(isAffectedByChange({ ...held, status: "SUSPENDED" }, { oldAddress: OLD, newName: "新名称有限公司", newAddress: null }, TODAY)).toBe(true);
  });
  it("a new address re-issues only the licences at the registered address", () => {
    const change = { oldAddress: OLD, newName: null, newAddress: "上海市金山区龙胜路1号" };
    expect(isAffectedByChange(held, change, TODAY)).toBe(true);
    expect(isAffectedByChange({ ...held, address: "上海市金山区朱泾镇别处1号" }, change, TODAY)).toBe(false);
  });
  it.each(["REVOKED", "CANCELLED", "SUPERSEDED", "EXPIRED"] as const)("a %s licence is not brought back", (status) => {
    expect(isAffectedByChange({ ...held, status }, { oldAddress: OLD, newName: "新名称有限公司", newAddress: null }, TODAY)).toBe(false);
  });
  it("a licence past its last valid day is not re-issued; one ending today still is", () => {
    const change = { oldAddress: OLD, newName: "新名称有限公司", newAddress: null };
    expect(isAffectedByChange({ ...held, validUntil: "2026-11-21" }, change, TODAY)).toBe(false);
    expect(isAffectedByChange({ ...held, validUntil: TODAY }, change, TODAY)).toBe(true);
    expect(isAffectedByChange({ ...held, validUntil: null }, change, TODAY)).toBe(true);
  });
});

describe("isEndedByCancellation (联动注销)", () => {
  it("ends what is held and nothing else", () => {
    expect(isEndedByCancellation({ status: "VALID" })).toBe(true);
    expect(isEndedByCancellation({ status: "SUSPENDED" })).toBe(true);
    expect(isEndedByCancellation({ status: "REVOKED" })).toBe(false);
    expect(isEndedByCancellation({ status: "SUPERSEDED" })).toBe(false);
  });
});

describe("nextVersionNumber", () => {
  it("keeps one stem across versions", () => {
    expect(nextVersionNumber("XK20261122-AB12", 1)).toBe("XK20261122-AB12-V2");
    expect(nextVersionNumber("XK20261122-AB12-V2", 2)).toBe("XK20261122-AB12-V3");
    expect(nextVersionNumber("XK20261122-AB12-V9", 9)).toBe("XK20261122-AB12-V10");
  });
});

describe("effectiveChange", () => {
  const registered = { name: "上海金山便利优选商贸有限公司", address: OLD };
  it("a value equal to the registered one (spaces aside) is no change", () => {
    expect(effectiveChange(registered, { newName: "上海金山便利优选商贸 有限公司", newAddress: "" })).toEqual({ newName: null, newAddress: null });
    expect(effectiveChange(registered, { newName: "", newAddress: "上海市金山区龙胜路1号" })).toEqual({ newName: null, newAddress: "上海市金山区龙胜路1号" });
  });
});

describe("request schemas", () => {
  const key = "k-12345678";
  it("a change needs a new name or address and a reason", () => {
    const r = ZRequestChange.safeParse({ requestKey: key, newName: "", newAddress: "", reason: "搬迁" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => zhIssue(i))).toContain("请填写新的企业名称或新的住所（至少一项）");
    expect(ZRequestChange.safeParse({ requestKey: key, newAddress: "上海市金山区龙胜路1号", reason: "" }).success).toBe(false);
    expect(ZRequestChange.safeParse({ requestKey: key, newAddress: "上海市金山区龙胜路1号", reason: "经营场所搬迁" }).success).toBe(true);
  });
  it("a reason's length is said in the catalog's words, per kind", () => {
    const short = ZRequestChange.safeParse({ requestKey: key, newAddress: "上海市金山区龙胜路1号", reason: "搬" }).error?.issues[0];
    expect(zhIssue(short)).toBe("请填写变更原因（至少 2 个字）");
    const long = ZRequestCancel.safeParse({ requestKey: key, reason: "停".repeat(501), confirm: "yes" }).error?.issues[0];
    expect(zhIssue(long)).toBe("注销原因不能超过 500 个字");
    expect(zhIssue(ZRequestCancel.safeParse({ reason: "停止经营", confirm: "yes" }).error?.issues[0])).toBe("表单已失效，请刷新页面后重试");
  });
  it("a cancellation must be confirmed", () => {
    expect(zhIssue(ZRequestCancel.safeParse({ requestKey: key, reason: "停止经营" }).error?.issues[0])).toMatch(/请勾选确认/);
    expect(ZRequestCancel.safeParse({ requestKey: key, reason: "停止经营", confirm: "yes" }).success).toBe(true);
  });
  it("a refusal needs its reason; an approval does not", () => {
    const refused = ZDecideRegistrationChange.safeParse({ changeId: "c1", action: "reject", reason: "" });
    expect(refused.success).toBe(false);
    expect(zhIssue(refused.error?.issues[0])).toBe("请填写不予登记的理由（至少 2 个字）");
    const i = issueOf(refused.error!.issues[0]!);
    expect(translate(english, i.key, i.params)).toBe("Please give the reason for refusing the registration (at least 2 characters)");
    expect(ZDecideRegistrationChange.safeParse({ changeId: "c1", action: "approve" }).success).toBe(true);
  });
});
