// Migration 20261208000804_notification_keys_only drops the words stored with inbox messages written before
// keys: each such message must keep its words (as the parameters of inbox.legacy) and still render.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { zhNotice } from "../support/messages";

const MIGRATION = path.resolve(import.meta.dirname, "../../prisma/migrations/20261208000804_notification_keys_only/migration.sql");
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("inbox messages written before keys", () => {
  it("keep their words through the migration and render as they were", async () => {
    const user = await getDb().user.findFirstOrThrow({ where: { username: "applicant" }, select: { id: true } });
    // The table as it was before the migration, with one keyed message and one written as words.
    await client.query(`ALTER TABLE "Notification" ADD COLUMN "title" TEXT, ADD COLUMN "body" TEXT, ALTER COLUMN "key" DROP NOT NULL`);
    await client.query(
      `INSERT INTO "Notification" (id, "userId", key, params, title, body) VALUES ('old-1', $1, NULL, '{}', '申请已受理', '您的申请已受理。')`,
      [user.id],
    );
    await client.query(`INSERT INTO "Notification" (id, "userId", key, params) VALUES ('new-1', $1, 'inbox.legacy', '{"title":"甲","body":"乙"}')`, [user.id]);

    // The schema engine runs a migration statement by statement (it splits at each semicolon); so does this test.
    const sql = readFileSync(MIGRATION, "utf8").replace(/--.*$/gm, "");
    for (const statement of sql
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean))
      await client.query(statement);

    const rows = await getDb().notification.findMany({ where: { id: { in: ["old-1", "new-1"] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.id, r.key])).toEqual([
      ["new-1", "inbox.legacy"],
      ["old-1", "inbox.legacy"],
    ]);
    expect(zhNotice(rows[1]!)).toEqual({ title: "申请已受理", body: "您的申请已受理。" });
    expect(zhNotice(rows[0]!)).toEqual({ title: "甲", body: "乙" });
    const columns = await client.query(
      `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'Notification' AND column_name IN ('title', 'body', 'key')`,
    );
    expect(columns.rows).toEqual([{ column_name: "key", is_nullable: "NO" }]);
  });
});
