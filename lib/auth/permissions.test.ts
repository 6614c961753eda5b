import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { PERMISSIONS, ROLE_HOME, assertCan, can, type Permission } from "./permissions";

// The matrix the portal promises: which role may open which landing page / do which act.
const EXPECTED: Record<Permission, readonly (Role | "ANON")[]> = {
  "catalog.view": ["ANON", "APPLICANT", "WINDOW_OFFICER", "DEPT_OFFICER", "REGULATOR", "ADMIN"],
  "licence.verify": ["ANON", "APPLICANT", "WINDOW_OFFICER", "DEPT_OFFICER", "REGULATOR", "ADMIN"],
  "locale.set": ["ANON", "APPLICANT", "WINDOW_OFFICER", "DEPT_OFFICER", "REGULATOR", "ADMIN"],
  "rating.viewPublic": ["ANON", "APPLICANT", "WINDOW_OFFICER", "DEPT_OFFICER", "REGULATOR", "ADMIN"],
  "rating.rectify": ["WINDOW_OFFICER", "DEPT_OFFICER"],
  "inbox.view": ["APPLICANT", "WINDOW_OFFICER", "DEPT_OFFICER", "REGULATOR", "ADMIN"],
  "applicant.home": ["APPLICANT"],
  "application.supplement": ["APPLICANT"],
  "application.submit": ["APPLICANT"],
  "application.viewOwn": ["APPLICANT"],
  "licence.viewOwn": ["APPLICANT"],
  "review.submit": ["APPLICANT"],
  "registration.request": ["APPLICANT"],
  "credit.viewOwn": ["APPLICANT"],
  "desk.view": ["WINDOW_OFFICER"],
  "application.accept": ["WINDOW_OFFICER"],
  "application.return": ["WINDOW_OFFICER"],
  "application.issue": ["WINDOW_OFFICER"],
  "scope.register": ["WINDOW_OFFICER"],
  "dept.view": ["DEPT_OFFICER"],
  "task.decide": ["DEPT_OFFICER"],
  "licence.revoke": ["DEPT_OFFICER"],
  "registration.decide": ["DEPT_OFFICER"],
  "verification.record": ["DEPT_OFFICER"],
  "catalog.propose": ["DEPT_OFFICER"],
  "regulator.view": ["REGULATOR"],
  "catalog.publish": ["REGULATOR"],
  "metrics.view": ["REGULATOR", "ADMIN"],
  "supervision.manage": ["REGULATOR"],
  "admin.view": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "outbox.manage": ["ADMIN"],
  "jobs.manage": ["ADMIN"],
  "guidance.edit": ["ADMIN"],
  "holiday.edit": ["ADMIN"],
  "audit.view": ["REGULATOR", "ADMIN"],
};

const ACTORS = [...Object.values(Role), "ANON"] as const;

describe("permission table", () => {
  it("has an expectation for every permission", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  const cases = PERMISSIONS.flatMap((p) => ACTORS.map((a) => [p, a, EXPECTED[p].includes(a)] as const));
  it.each(cases)("%s for %s → %s", (permission, actor, allowed) => {
    expect(can(actor === "ANON" ? null : actor, permission)).toBe(allowed);
  });

  it.each(Object.values(Role))("%s may open its own landing page and no other role's", (role) => {
    const landing: Record<Role, Permission> = {
      APPLICANT: "applicant.home",
      WINDOW_OFFICER: "desk.view",
      DEPT_OFFICER: "dept.view",
      REGULATOR: "regulator.view",
      ADMIN: "admin.view",
    };
    for (const [other, permission] of Object.entries(landing)) {
      expect(can(role, permission)).toBe(other === role);
    }
    expect(ROLE_HOME[role]).toMatch(/^\/[a-z]+$/);
  });

  it("fails closed on unknown permissions and roles", () => {
    expect(can("ADMIN", "everything")).toBe(false);
    expect(can("NOBODY" as Role, "catalog.view")).toBe(false);
  });

  it("assertCan throws UNAUTHENTICATED for anonymous and FORBIDDEN for the wrong role", () => {
    expect(() => assertCan(null, "desk.view")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan("APPLICANT", "desk.view")).toThrow(AppError);
    expect(() => assertCan("APPLICANT", "desk.view")).toThrow(expect.objectContaining({ code: "FORBIDDEN", status: 403 }));
    expect(() => assertCan("WINDOW_OFFICER", "desk.view")).not.toThrow();
    expect(() => assertCan(null, "catalog.view")).not.toThrow();
  });
});
