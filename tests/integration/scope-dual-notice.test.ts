import { zhError, zhNotice } from "../support/messages";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { registerEnterpriseScope } from "@/lib/scope/register-enterprise-scope";
import { ZRegisterScope } from "@/lib/scope/schemas";
import { parseInput } from "@/lib/errors";
import { searchScopeTerms } from "@/lib/scope/search-scope-terms";
import { sessionUserOf } from "../factories";
import { formatScope, parseScope } from "@/lib/scope/derive-scope";
import { loadScopeTerms } from "@/lib/scope/load-scope-terms";

const NOW = new Date("2026-11-23T02:00:00Z");
let window: SessionUser;
let applicant: SessionUser;

beforeAll(async () => {
  window = await sessionUserOf("window");
  applicant = await sessionUserOf("applicant");
});

/** Licensed terms whose permits are not cancelled, and a general term. */
async function pickTerms() {
  const db = getDb();
  const licensed = await db.businessScopeTerm.findMany({
    where: { isLicensed: true, matters: { some: { matter: { reformMode: { not: "CANCEL" } } } } },
    include: { matters: { include: { matter: { include: { department: true } } } } },
    orderBy: { code: "asc" },
    take: 2,
  });
  const general = await db.businessScopeTerm.findFirstOrThrow({ where: { isLicensed: false }, orderBy: { code: "asc" } });
  return { licensed, general };
}

describe("scope registration and dual notification (双告知)", () => {
  it("tells the enterprise its permits, pushes the registration to each department, records the outbox — once", async () => {
    const db = getDb();
    const { licensed, general } = await pickTerms();
    const enterpriseId = applicant.enterpriseId!;
    const codes = [...licensed.map((t) => t.code), general.code];
    const expectedPermits = new Set(licensed.flatMap((t) => t.matters.filter((m) => m.matter.reformMode !== "CANCEL").map((m) => m.matter.code)));
    const expectedDepartments = new Set(
      licensed.flatMap((t) => t.matters.filter((m) => m.matter.reformMode !== "CANCEL").map((m) => m.matter.department.code)),
    );

    const result = await registerEnterpriseScope({ actor: window, now: NOW, input: { enterpriseId, termCodes: codes } });
    expect(new Set(result.permits.map((p) => p.code))).toEqual(expectedPermits);

    const toEnterprise = await db.notification.findMany({ where: { userId: applicant.id } });
    expect(toEnterprise).toHaveLength(1);
    for (const p of result.permits) expect(zhNotice(toEnterprise[0]!).body).toContain(p.name);

    const outbox = await db.outboxMessage.findMany({ orderBy: { topic: "asc" } });
    expect(outbox.filter((o) => o.topic === "dual-notice.enterprise")).toHaveLength(1);
    expect(new Set(outbox.filter((o) => o.topic === "dual-notice.department").map((o) => o.target))).toEqual(expectedDepartments);
    expect(outbox.every((o) => o.status === "PENDING")).toBe(true);

    for (const code of expectedDepartments) {
      const officers = await db.user.findMany({ where: { role: "DEPT_OFFICER", department: { code } }, include: { notifications: true } });
      expect(officers.length).toBeGreaterThan(0);
      for (const o of officers) expect(o.notifications.some((n) => zhNotice(n).title.includes("新登记企业经营范围"))).toBe(true);
    }
    const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    expect(enterprise.businessScope).toContain(general.name);

    // Registering the same scope again changes nothing and notifies nobody again (idempotent).
    const again = await registerEnterpriseScope({ actor: window, now: NOW, input: { enterpriseId, termCodes: codes } });
    expect(again).toEqual({ added: [], removed: [], permits: [], departments: [] });
    expect(await db.outboxMessage.count()).toBe(outbox.length);
    expect(await db.notification.count({ where: { userId: applicant.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "enterprise.scope.register", entityId: enterpriseId } })).toBe(1);
  });

  it("general terms only: registered, nobody notified", async () => {
    const db = getDb();
    const general = await db.businessScopeTerm.findMany({ where: { isLicensed: false }, take: 2 });
    const other = await sessionUserOf("applicant2");
    const outboxBefore = await db.outboxMessage.count();
    const r = await registerEnterpriseScope({ actor: window, now: NOW, input: { enterpriseId: other.enterpriseId!, termCodes: general.map((g) => g.code) } });
    expect(r.added).toHaveLength(2);
    expect(r.permits).toEqual([]);
    expect(await db.outboxMessage.count()).toBe(outboxBefore);
    expect(await db.notification.count({ where: { userId: other.id } })).toBe(0);
  });

  it("refuses unknown terms and unknown enterprises without writing anything", async () => {
    const db = getDb();
    const before = await db.enterpriseScopeTerm.count();
    // Parsed as the action parses it (lib/actions/define-action.ts), then the domain.
    const register = async (input: { enterpriseId: unknown; termCodes: string[] }) =>
      registerEnterpriseScope({ actor: window, now: NOW, input: parseInput(ZRegisterScope, input) });
    await expect(register({ enterpriseId: applicant.enterpriseId, termCodes: ["NOPE"] })).rejects.toSatisfy(
      (e) => (e as { code?: string }).code === "BAD_INPUT" && zhError(e).includes("NOPE"),
    );
    await expect(register({ enterpriseId: "missing", termCodes: ["x"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(register({ enterpriseId: applicant.enterpriseId, termCodes: [] })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await db.enterpriseScopeTerm.count()).toBe(before);
  });

  it.each(["applicant", "dept-scjg", "regulator", "admin"])("%s may not register scope", async (username) => {
    const actor = await sessionUserOf(username);
    await expect(registerEnterpriseScope({ actor, now: NOW, input: { enterpriseId: applicant.enterpriseId!, termCodes: ["x"] } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("search finds terms by Chinese substring and lists the picked terms' permits without cancelled ones", async () => {
    const { results } = await searchScopeTerms({ q: "酒", picked: [] });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.name.includes("酒") || r.code.includes("酒"))).toBe(true);
    const { licensed } = await pickTerms();
    const { permits, picked } = await searchScopeTerms({ q: "", picked: licensed.map((t) => t.code) });
    expect(picked.map((p) => p.code).sort()).toEqual(licensed.map((t) => t.code).sort());
    expect(permits.length).toBeGreaterThan(0);
    expect(permits.every((p) => p.reformMode !== "CANCEL")).toBe(true);
  });

  it("two registrations of the same enterprise at once notify once and leave scope text and terms in agreement", async () => {
    const db = getDb();
    const enterprise = await db.enterprise.findFirstOrThrow({ where: { scopeTerms: { none: {} }, users: { none: {} } } });
    const { licensed } = await pickTerms();
    const codes = licensed.map((t) => t.code);
    const results = await Promise.all([
      registerEnterpriseScope({ actor: window, now: NOW, input: { enterpriseId: enterprise.id, termCodes: codes } }),
      registerEnterpriseScope({ actor: window, now: NOW, input: { enterpriseId: enterprise.id, termCodes: codes } }),
    ]);
    expect(results.filter((r) => r.added.length > 0)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { topic: "dual-notice.enterprise", target: enterprise.uscc } })).toBe(1);
    const after = await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, include: { scopeTerms: { include: { term: true } } } });
    expect(after.scopeTerms.map((s) => s.term.code).sort()).toEqual([...codes].sort());
    // The text is the registry's wording of exactly those terms, licensed items apart from general ones.
    const terms = await loadScopeTerms(db);
    const parsed = parseScope(after.businessScope, terms);
    expect(parsed.unknown).toEqual([]);
    expect([...parsed.licensed, ...parsed.general].sort()).toEqual(after.scopeTerms.map((s) => s.term.name).sort());
    expect(after.businessScope).toBe(formatScope(parsed));
    expect(after.businessScope.startsWith("许可项目：")).toBe(true);
  });
});
