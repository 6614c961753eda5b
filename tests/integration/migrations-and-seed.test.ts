import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { applyMigrations, pendingSchemaSql } from "../../scripts/lib/migrations.mjs";

describe("migrations", () => {
  it("schema.prisma has no changes that lack a migration", async () => {
    const { sql } = await pendingSchemaSql(process.env.DATABASE_URL!);
    expect(sql.replace(/--.*$/gm, "").trim()).toBe("");
  });

  it("applying migrations again applies nothing (idempotent)", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });
});

describe("seed", () => {
  it("running it again changes no counts (idempotent) and keeps changed passwords", async () => {
    const db = getDb();
    const tables = [
      "department",
      "matter",
      "materialRequirement",
      "fieldDefinition",
      "matterField",
      "businessScopeTerm",
      "holiday",
      "enterprise",
      "user",
    ] as const;
    const count = () => Promise.all(tables.map((t) => (db[t] as unknown as { count(): Promise<number> }).count()));
    await db.user.update({ where: { username: "admin" }, data: { passwordHash: "changed-by-admin" } });
    const before = await count();
    await seed(db);
    expect(await count()).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { username: "admin" } })).passwordHash).toBe("changed-by-admin");
  });

  it("holds the catalog the issue asks for", async () => {
    const db = getDb();
    expect(await db.department.count()).toBeGreaterThanOrEqual(15);
    const modes = await db.matter.groupBy({ by: ["reformMode"], where: { kind: "PERMIT" }, _count: { _all: true } });
    expect(modes.map((m) => m.reformMode).sort()).toEqual(["CANCEL", "COMMITMENT", "FILING", "OPTIMIZE"]);
    expect(modes.reduce((a, m) => a + m._count._all, 0)).toBeGreaterThanOrEqual(40);
    for (const name of ["食品经营许可", "酒类商品零售许可", "烟草专卖零售许可", "公共场所卫生许可"]) {
      expect(await db.matter.count({ where: { name: { contains: name } } }), name).toBeGreaterThan(0);
    }
    const withoutMaterials = await db.matter.count({ where: { kind: "PERMIT", reformMode: { not: "CANCEL" }, materials: { none: {} } } });
    expect(withoutMaterials).toBe(0);
    const withoutFields = await db.matter.count({ where: { reformMode: { not: "CANCEL" }, fields: { none: {} } } });
    expect(withoutFields).toBe(0);
    const makeUp = await db.holiday.findUniqueOrThrow({ where: { date: new Date("2026-02-14T00:00:00Z") } });
    expect(makeUp.kind).toBe("WORKDAY");
    for (const role of ["APPLICANT", "WINDOW_OFFICER", "DEPT_OFFICER", "REGULATOR", "ADMIN"] as const) {
      expect(await db.user.count({ where: { role } }), role).toBeGreaterThan(0);
    }
  });
});
