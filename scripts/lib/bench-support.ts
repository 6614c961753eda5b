// What the benchmarks share: domain code marked "server-only" runs outside Next.js (that marker would
// throw on import; give it the empty module the react-server condition and vitest's alias give it), and
// scratch databases are made on the server through its "postgres" database.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { openDatabase } from "./database.mjs";
import { applyMigrations } from "./migrations.mjs";
import { runSeed } from "../seed";

const req = createRequire(import.meta.url);
const serverOnlyPath = req.resolve("server-only");
req.cache[serverOnlyPath] = { id: serverOnlyPath, filename: serverOnlyPath, loaded: true, exports: {} } as unknown as NodeJS.Module;

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function admin<T = unknown>(serverUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` on a scratch database with every migration and the demo seed, on the embedded test PostgreSQL
 * (or DATABASE_URL's server), then drops it and stops the server. A run that was interrupted (Ctrl-C, the
 * server stopped under it) left its scratch database behind: those with the same prefix go first.
 */
export async function withScratchDatabase(prefix: string, fn: (url: string) => Promise<void>): Promise<void> {
  const server = await openDatabase({ profile: "test", log: (m: string) => console.log(m) });
  const stale = await admin<{ datname: string }>(server.url, `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}_%'`);
  for (const { datname } of stale) await admin(server.url, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  const dbName = `${prefix}_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(server.url, dbName);
  await admin(server.url, `CREATE DATABASE "${dbName}"`);
  try {
    console.log(`scratch database ${dbName}: migrating and seeding …`);
    await applyMigrations(url);
    await runSeed(url);
    await fn(url);
  } finally {
    await admin(server.url, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await server.stop();
  }
}
