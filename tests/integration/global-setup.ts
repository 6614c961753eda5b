// Starts the test PostgreSQL (embedded, or the server in DATABASE_URL), and builds a template database
// with every migration and the demo seed. Each test file then gets its own copy (see setup-db.ts).
import type { TestProject } from "vitest/node";
import pg from "pg";
import { openDatabase } from "../../scripts/lib/database.mjs";
import { applyMigrations } from "../../scripts/lib/migrations.mjs";
import { runSeed } from "../../scripts/seed";

export const TEMPLATE_DB = "onelicence_template";

declare module "vitest" {
  export interface ProvidedContext {
    dbServerUrl: string;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const db = await openDatabase({ profile: "test" });
  try {
    const admin = new pg.Client({ connectionString: withDatabase(db.url, "postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
    await admin.end();
    const templateUrl = withDatabase(db.url, TEMPLATE_DB);
    await applyMigrations(templateUrl);
    await runSeed(templateUrl);
  } catch (err) {
    // A failed setup must not leave the embedded server running (the run would never exit).
    await db.stop();
    throw err;
  }
  project.provide("dbServerUrl", db.url);
  return async () => {
    await db.stop();
  };
}
