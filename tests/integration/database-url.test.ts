// With DATABASE_URL the portal uses that server and starts nothing embedded.
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { openDatabase } from "../../scripts/lib/database.mjs";

const saved = process.env.DATABASE_URL;
afterEach(() => {
  process.env.DATABASE_URL = saved;
});

describe("openDatabase", () => {
  it("uses DATABASE_URL as given and its stop() leaves that server running", async () => {
    const external = process.env.DATABASE_URL!;
    const db = await openDatabase({ profile: "app" });
    expect(db).toMatchObject({ url: external, embedded: false });
    await db.stop();
    const client = new pg.Client({ connectionString: external });
    await client.connect();
    expect((await client.query("SELECT 1 AS ok")).rows[0]).toEqual({ ok: 1 });
    await client.end();
  });
});
