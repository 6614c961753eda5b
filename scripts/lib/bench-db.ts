// The persistent benchmark database of `npm run bench:data` / scripts/bench-metrics.ts: database
// onelicence_bench on its own embedded PostgreSQL (.data/pg-bench, port 54359; BENCH_PG_DIR /
// BENCH_PG_PORT to change), or on DATABASE_URL's server when that is set. Kept apart from the demo data
// (.data/pg) and the test server (.data/pg-test), and kept across runs: generating it takes minutes.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "./database.mjs";
import { admin, withDatabase } from "./bench-support";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const BENCH_DB = "onelicence_bench";
export const BENCH_PG_DIR = process.env.BENCH_PG_DIR || ".data/pg-bench";
export const BENCH_PG_PORT = process.env.BENCH_PG_PORT || "54359";
/** Written last by bench:data: what was generated (sizes, end date, seconds taken). */
export const MARKER_TABLE = "_bench_data";

export interface BenchServer {
  /** URL of the onelicence_bench database. */
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** Starts (or reuses) the bench server; creates the onelicence_bench database when missing. */
export async function openBenchServer(log: (m: string) => void = console.log): Promise<BenchServer> {
  const saved = { dir: process.env.EMBEDDED_PG_DIR, port: process.env.EMBEDDED_PG_PORT };
  process.env.EMBEDDED_PG_DIR = BENCH_PG_DIR;
  process.env.EMBEDDED_PG_PORT = BENCH_PG_PORT;
  let server: { url: string; embedded: boolean; stop: () => Promise<void> };
  try {
    server = await openDatabase({ profile: "test", log });
  } finally {
    restore("EMBEDDED_PG_DIR", saved.dir);
    restore("EMBEDDED_PG_PORT", saved.port);
  }
  const exists = await admin(server.url, `SELECT 1 FROM pg_database WHERE datname = '${BENCH_DB}'`);
  if (!exists.length) await admin(server.url, `CREATE DATABASE "${BENCH_DB}"`);
  if (server.embedded) {
    // openDatabase made its profile's (empty) database on our server too: not ours to keep.
    await admin(server.url, `DROP DATABASE IF EXISTS "onelicence_test"`).catch(() => {});
  }
  return { url: withDatabase(server.url, BENCH_DB), embedded: server.embedded, stop: server.stop };
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Without starting anything: could bench:data have run here? (an embedded data dir, or DATABASE_URL) */
export function benchServerMayExist(): boolean {
  return Boolean(process.env.DATABASE_URL) || existsSync(path.join(ROOT, BENCH_PG_DIR, "PG_VERSION"));
}

export interface BenchMarker {
  enterprises: number;
  applications: number;
  endDate: string;
  generatedAt: string;
  seconds: number;
}

/** The marker bench:data wrote when it finished, or null (never run, or interrupted). */
export async function readMarker(url: string): Promise<BenchMarker | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('public.${MARKER_TABLE}') AS t`);
    if (!rows[0].t) return null;
    const r = await client.query(`SELECT data FROM "${MARKER_TABLE}" ORDER BY id DESC LIMIT 1`);
    return (r.rows[0]?.data as BenchMarker) ?? null;
  } finally {
    await client.end();
  }
}
