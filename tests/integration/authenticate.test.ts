import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { DEMO_PASSWORD } from "@/prisma/seed/data/types";

const T0 = new Date("2026-11-23T02:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function login(username: unknown, password: unknown, now = T0) {
  return authenticate({ db: getDb(), username, password, now, maxFailures: 5, lockMinutes: 15 });
}

describe("authenticate (credentials + lockout)", () => {
  it("accepts the right password and returns the session user with role and bindings", async () => {
    const r = await login("applicant", DEMO_PASSWORD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.user.role).toBe("APPLICANT");
    expect(r.user.enterpriseId).not.toBeNull();
    const officer = await login("dept-scjg", DEMO_PASSWORD);
    expect(officer.ok && officer.user.departmentId).toBeTruthy();
    const stored = await getDb().user.findUniqueOrThrow({ where: { username: "applicant" } });
    expect(stored.lastLoginAt?.toISOString()).toBe(T0.toISOString());
    expect(stored.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  it.each([
    ["unknown user", "nobody", DEMO_PASSWORD],
    ["wrong password", "window", "wrong"],
    ["empty password", "window", ""],
    ["non-string input", { $ne: null }, DEMO_PASSWORD],
  ])("refuses %s with the same generic answer", async (_label, username, password) => {
    expect(await login(username, password)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("locks after 5 failures, refuses even the right password while locked, and unlocks after 15 minutes", async () => {
    for (let i = 1; i <= 4; i++) expect(await login("regulator", "bad", minutes(i))).toEqual({ ok: false, reason: "INVALID" });
    expect(await login("regulator", "bad", minutes(5))).toEqual({ ok: false, reason: "LOCKED", minutes: 15 });
    expect(await login("regulator", DEMO_PASSWORD, minutes(10))).toEqual({ ok: false, reason: "LOCKED", minutes: 10 });
    const audit = await getDb().auditLog.findMany({ where: { action: "auth.lock" } });
    expect(audit).toHaveLength(1);
    const after = await login("regulator", DEMO_PASSWORD, minutes(21));
    expect(after.ok).toBe(true);
    const user = await getDb().user.findUniqueOrThrow({ where: { username: "regulator" } });
    expect(user.failedLogins).toBe(0);
    expect(user.lockedUntil).toBeNull();
  });

  it("a success resets the failure count, so failures must be consecutive to lock", async () => {
    for (let i = 0; i < 4; i++) await login("admin", "bad");
    expect((await login("admin", DEMO_PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 4; i++) expect(await login("admin", "bad")).toEqual({ ok: false, reason: "INVALID" });
  });

  it("counts parallel failures atomically", async () => {
    await Promise.all(Array.from({ length: 5 }, () => login("window", "bad")));
    expect((await login("window", DEMO_PASSWORD)).ok).toBe(false);
  });
});
