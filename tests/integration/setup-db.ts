// Gives each test file its own database, copied from the migrated and seeded template, so files are
// isolated from each other and can run in parallel. Dropped after the file.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { licenceKeyEnv } from "../../scripts/lib/licence-key.mjs";

const serverUrl = inject("dbServerUrl");
const name = `t_${randomBytes(6).toString("hex")}`;

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Two files copying the template at the same instant can collide ("being accessed by other users").
for (let attempt = 1; ; attempt++) {
  try {
    await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "onelicence_template"`));
    break;
  } catch (err) {
    if (attempt >= 10) throw err;
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
}
process.env.DATABASE_URL = withDatabase(serverUrl, name);
// A signing key of this file's own: licences issued here are signed as in production.
Object.assign(process.env, await licenceKeyEnv());

afterAll(async () => {
  const g = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  await g.prisma?.$disconnect();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});
