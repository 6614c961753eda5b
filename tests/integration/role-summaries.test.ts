// Each role's landing numbers come from the database, are scoped to the actor, and are refused to
// every other role (the permission table, enforced server-side in the domain functions).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { getApplicantHome } from "@/lib/applications/get-applicant-home";
import { getDeskSummary } from "@/lib/approvals/get-desk-summary";
import { getDeptSummary } from "@/lib/approvals/get-dept-summary";
import { getRegulatorSummary } from "@/lib/metrics/get-regulator-summary";
import { getAdminSummary } from "@/lib/admin/get-admin-summary";
import { getCatalogOverview } from "@/lib/catalog/get-catalog-overview";
import { makeApplication, makeTask, sessionUserOf } from "../factories";

const NOW = new Date("2026-11-23T02:00:00Z");
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  for (const name of ["applicant", "applicant2", "window", "dept-scjg", "regulator", "admin"]) {
    users[name] = await sessionUserOf(name);
  }
});

const calls = {
  applicant: (actor: SessionUser) => getApplicantHome({ actor }),
  window: (actor: SessionUser) => getDeskSummary({ actor }),
  "dept-scjg": (actor: SessionUser) => getDeptSummary({ actor, now: NOW }),
  regulator: (actor: SessionUser) => getRegulatorSummary({ actor }),
  admin: (actor: SessionUser) => getAdminSummary({ actor, now: NOW }),
} as const;

describe("role landing summaries", () => {
  const pairs = Object.keys(calls).flatMap((owner) => Object.keys(calls).map((actor) => [owner, actor] as const));
  it.each(pairs)("%s's summary requested by %s", async (owner, actor) => {
    const call = calls[owner as keyof typeof calls](users[actor]!);
    if (owner === actor) await expect(call).resolves.toBeTruthy();
    else await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("applicant sees only their own applications", async () => {
    const me = users.applicant!;
    const before = await getApplicantHome({ actor: me });
    const submitted = await makeApplication({ applicant: me, status: "SUBMITTED" });
    const draft = await makeApplication({ applicant: me, status: "DRAFT" });
    const others = await makeApplication({ applicant: users.applicant2!, status: "SUBMITTED" });
    const after = await getApplicantHome({ actor: me });
    // The list to resume from: own applications only, the newest first.
    const listed = after.recent.map((a) => a.id);
    expect(listed).toEqual(expect.arrayContaining([submitted.id, draft.id]));
    expect(listed).not.toContain(others.id);
    expect(after.recent.find((a) => a.id === draft.id)?.status).toBe("DRAFT");
    expect([...after.recent].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()).map((a) => a.id)).toEqual(listed);
    expect(after.applications - before.applications).toBe(2);
    expect(after.byStatus.find((r) => r.status === "SUBMITTED")?.count).toBe((before.byStatus.find((r) => r.status === "SUBMITTED")?.count ?? 0) + 1);
    expect(after.enterprise?.uscc).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
  });

  it("the window counts submitted applications but never drafts", async () => {
    const before = await getDeskSummary({ actor: users.window! });
    await makeApplication({ applicant: users.applicant!, status: "SUBMITTED" });
    await makeApplication({ applicant: users.applicant!, status: "DRAFT" });
    const after = await getDeskSummary({ actor: users.window! });
    expect(after.SUBMITTED - before.SUBMITTED).toBe(1);
  });

  it("a department officer counts only their own department's tasks, overdue by the promised date", async () => {
    const officer = users["dept-scjg"]!;
    const other = await getDb().department.findFirstOrThrow({ where: { id: { not: officer.departmentId! } } });
    const app = await makeApplication({ applicant: users.applicant!, status: "ACCEPTED" });
    const before = await getDeptSummary({ actor: officer, now: NOW });
    await makeTask({
      applicationId: app.id,
      departmentId: officer.departmentId!,
      status: "PENDING",
      dispatchedAt: NOW,
      promisedDueAt: new Date("2026-11-20T00:00:00Z"),
    });
    await makeTask({ applicationId: app.id, departmentId: other.id, status: "PENDING", dispatchedAt: NOW, promisedDueAt: new Date("2026-11-20T00:00:00Z") });
    const after = await getDeptSummary({ actor: officer, now: NOW });
    expect(after.open - before.open).toBe(1);
    expect(after.overdue - before.overdue).toBe(1);
    const matters = await getDb().matter.count({ where: { departmentId: officer.departmentId!, isActive: true } });
    expect(after.matters).toBe(matters);
  });

  it("a department officer without a department is refused, not shown someone else's numbers", async () => {
    await expect(getDeptSummary({ actor: { ...users["dept-scjg"]!, departmentId: null }, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("regulator and public overview count permit matters per reform mode from the catalog", async () => {
    const overview = await getCatalogOverview();
    const byMode = await getDb().matter.groupBy({ by: ["reformMode"], where: { kind: "PERMIT", isActive: true }, _count: { _all: true } });
    for (const row of byMode) expect(overview.byMode[row.reformMode]).toBe(row._count._all);
    expect(overview.permitMatters).toBeGreaterThanOrEqual(40);
    const reg = await getRegulatorSummary({ actor: users.regulator! });
    expect(reg.byMode).toEqual(overview.byMode);
  });

  it("admin sees locked accounts as of now", async () => {
    const before = await getAdminSummary({ actor: users.admin!, now: NOW });
    await getDb().user.update({ where: { username: "applicant2" }, data: { lockedUntil: new Date(NOW.getTime() + 60_000) } });
    const after = await getAdminSummary({ actor: users.admin!, now: NOW });
    expect(after.locked - before.locked).toBe(1);
    expect(after.usersByRole.APPLICANT).toBeGreaterThanOrEqual(2);
  });
});
