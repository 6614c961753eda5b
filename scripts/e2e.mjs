// End-to-end tests: a production build served by `next start` on a fresh, migrated and seeded
// database, driven by Playwright in Debian's Chromium (installed with apt-get when missing).
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "./lib/database.mjs";
import { applyMigrations } from "./lib/migrations.mjs";
import { run, waitForHttp } from "./lib/run.mjs";
import { licenceKeyEnv } from "./lib/licence-key.mjs";
import { CHROMIUM, ensureSystemPackages } from "./lib/system-packages.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = process.env.E2E_PORT || "3100";
const E2E_DB = process.env.E2E_DB || "onelicence_e2e";

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function freshDatabase(serverUrl) {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${E2E_DB}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${E2E_DB}"`);
  await admin.end();
  const url = withDatabase(serverUrl, E2E_DB);
  await applyMigrations(url);
  const { runSeed } = await import("./seed.ts");
  await runSeed(url);
  return url;
}

/** Adds the second run's JSON report (its suites and counts) to the first's, which scripts/test.mjs reads. */
async function mergeReports(into, from) {
  const read = async (f) => JSON.parse(await fs.readFile(f, "utf8").catch(() => "null"));
  const [a, b] = [await read(into), await read(from)];
  if (!a || !b) return;
  a.suites = [...(a.suites ?? []), ...(b.suites ?? [])];
  a.errors = [...(a.errors ?? []), ...(b.errors ?? [])];
  for (const k of ["expected", "unexpected", "flaky", "skipped"]) a.stats[k] = (a.stats[k] ?? 0) + (b.stats?.[k] ?? 0);
  a.stats.duration = (a.stats.duration ?? 0) + (b.stats?.duration ?? 0);
  await fs.writeFile(into, JSON.stringify(a));
}

async function main() {
  await ensureSystemPackages();
  if (!process.argv.includes("--no-build")) {
    // A build into another NEXT_DIST_DIR adds that folder to tsconfig.json: keep the committed file as it is.
    const tsconfig = await fs.readFile(path.join(ROOT, "tsconfig.json"), "utf8");
    const code = await run(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    await fs.writeFile(path.join(ROOT, "tsconfig.json"), tsconfig);
    if (code !== 0) return code;
  }
  const db = await openDatabase({ profile: "test" });
  let server;
  try {
    const url = await freshDatabase(db.url);
    // The specs seed their own data (tests/e2e/seed.ts) into the same database, signing licences with the same key.
    const licenceKey = await licenceKeyEnv();
    server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", PORT], {
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
        CRON_SECRET: "e2e-cron-secret-e2e-cron-secret",
        SWEEP_CLOCK_OVERRIDE: "1",
        ...licenceKey,
        NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
        PUBLIC_BASE_URL: `http://127.0.0.1:${PORT}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await waitForHttp(`http://127.0.0.1:${PORT}/login`);
    const extra = process.argv.slice(2).filter((a) => a !== "--no-build");
    const playwright = (args, env = {}) =>
      run(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...args], {
        env: {
          ...process.env,
          ...licenceKey,
          E2E_DATABASE_URL: url,
          PUBLIC_BASE_URL: `http://127.0.0.1:${PORT}`,
          E2E_BASE_URL: `http://127.0.0.1:${PORT}`,
          CHROMIUM_PATH: CHROMIUM,
          ...env,
        },
      });
    if (extra.length) return await playwright(extra);
    // The whole suite: the parallel project, then the project "alone" (playwright.config.ts) in a run of its
    // own, so that a failure among the first does not skip it as a dependency would. One report for both.
    const out = process.env.E2E_OUTPUT_DIR || "test-results";
    const first = await playwright(["--project=parallel"]);
    const second = await playwright(["--project=alone", "--no-deps"], { E2E_OUTPUT_DIR: `${out}-alone` });
    await mergeReports(path.resolve(ROOT, out, "e2e.json"), path.resolve(ROOT, `${out}-alone`, "e2e.json"));
    return first || second;
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
