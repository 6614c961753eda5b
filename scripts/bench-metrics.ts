// Benchmark (not a test) of the regulator dashboard at scale: `npx tsx scripts/bench-metrics.ts` (the last
// step of `npm run bench`). Reads the database `npm run bench:data` generated (1,000,000 applications,
// 100,000 enterprises by default); without it, says how to make it and exits 0 so the other benches pass.
//
// Times, each over BENCH_RUNS (20) runs after 2 warm-ups, median and p95 in ms:
//   • the dashboard's functions called directly (lib/metrics): getDashboard with representative filters (none =
//     the default period, the whole 2 years, a department, a matter, an industry, a batch, all combined), the
//     drill-down listMetricApplications (first page, a later page, a harder metric), exportDashboard as CSV and
//     xlsx, the public getRatingRanking, and refreshMetrics after one recent day was marked dirty;
//   • the pages over HTTP: a production build (`next build` when .next has no BUILD_ID; BENCH_BUILD=1 forces
//     one) served by `next start` on a free port against the bench database, signed in as `regulator` through
//     next-auth's credentials flow: /regulator with and without filters, a drill-down page, the CSV export,
//     /public/ratings. BENCH_HTTP=0 skips this part.
// Then prints MetricRollup's size and EXPLAIN (ANALYZE, BUFFERS) of the main rollup query for one filter.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { benchServerMayExist, openBenchServer, readMarker } from "./lib/bench-db";
import { licenceKeyEnv } from "./lib/licence-key.mjs";
import { freePort, run, waitForHttp } from "./lib/run.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUPS = 2;
const PASSWORD = "Demo@2026"; // the seeded demo accounts' password (README)

interface Result {
  group: string;
  label: string;
  median?: number;
  p95?: number;
  note?: string;
}
const results: Result[] = [];

/** Display width: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/** Runs `fn` WARMUPS + RUNS times (`before` untimed before each); records median and p95, or the error. */
async function measure(group: string, label: string, fn: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  try {
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      if (before) await before();
      const start = performance.now();
      await fn();
      const ms = performance.now() - start;
      if (i >= WARMUPS) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const r = { group, label, median: quantile(times, 0.5), p95: quantile(times, 0.95) };
    results.push(r);
    console.log(`  ${pad(label, 52)} median ${r.median.toFixed(1).padStart(8)} ms   p95 ${r.p95.toFixed(1).padStart(8)} ms`);
  } catch (e) {
    const note = `failed: ${((e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "").slice(0, 120)}`;
    results.push({ group, label, note });
    console.log(`  ${pad(label, 52)} ${note}`);
  }
}

function skip(group: string, label: string, note: string) {
  results.push({ group, label, note });
  console.log(`  ${pad(label, 52)} ${note}`);
}

/** A lib module, or null when it does not exist (yet): the other measurements still run. */
async function load<T>(specifier: string): Promise<T | null> {
  try {
    return (await import(specifier)) as T;
  } catch (e) {
    console.log(`  (${specifier} not loadable: ${(e as Error).message.split("\n")[0] ?? ""})`);
    return null;
  }
}

function printTable() {
  console.log(`\nDashboard benchmark — ${RUNS} runs after ${WARMUPS} warm-ups each (ms)`);
  const w = Math.max(...results.map((r) => width(r.label)), 10);
  const line = `${"".padEnd(w + 14, "─")}┼${"".padEnd(11, "─")}┼${"".padEnd(11, "─")}`;
  console.log(`${"measurement".padEnd(w + 14)}│ ${"median".padStart(9)} │ ${"p95".padStart(9)}`);
  console.log(line);
  for (const r of results) {
    const name = `${r.group.padEnd(12)}  ${pad(r.label, w)}`;
    if (r.note) console.log(`${name}│ ${r.note}`);
    else console.log(`${name}│ ${r.median!.toFixed(1).padStart(9)} │ ${r.p95!.toFixed(1).padStart(9)}`);
  }
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function main() {
  if (!benchServerMayExist()) {
    console.log("\nbench-metrics: no benchmark database yet — create it with `npm run bench:data` (1,000,000 applications, ~10 minutes). Skipped.");
    return;
  }
  const server = await openBenchServer(() => {});
  let next: ChildProcess | null = null;
  const client = new pg.Client({ connectionString: server.url });
  try {
    const marker = await readMarker(server.url);
    if (!marker) {
      console.log("\nbench-metrics: the benchmark database is missing or incomplete — run `npm run bench:data`. Skipped.");
      return;
    }
    await client.connect();
    console.log(
      `\nDashboard on ${marker.applications.toLocaleString("en")} applications / ${marker.enterprises.toLocaleString("en")} enterprises ` +
        `(onelicence_bench, data up to ${marker.endDate})`,
    );
    process.env.DATABASE_URL = server.url;
    await import("./lib/bench-support"); // the server-only shim, before any lib module
    const { getDb } = await import("@/lib/db");
    const db = getDb();
    const row = await db.user.findUniqueOrThrow({ where: { username: "regulator" } });
    const actor = { id: row.id, username: row.username, name: row.displayName, role: row.role, enterpriseId: null, departmentId: row.departmentId };
    const now = new Date(`${marker.endDate}T10:00:00Z`);
    const end = marker.endDate;

    // Representative filter values: the busiest department, matter, industry; batch 1.
    const scjg = await db.department.findUniqueOrThrow({ where: { code: "SCJG" }, select: { id: true } });
    const food = await db.matter.findUniqueOrThrow({ where: { code: "FOOD_OPERATION" }, select: { id: true, industry: true } });
    const lastMonth = { from: addDays(end, -30), to: end };
    const filterSets: Array<[string, Record<string, string>]> = [
      ["no filter (default period)", {}],
      ["whole 2 years", { from: addDays(end, -730), to: end }],
      ["department (SCJG), 30 days", { ...lastMonth, dept: scjg.id }],
      ["matter (FOOD_OPERATION), 30 days", { ...lastMonth, matter: food.id }],
      [`industry (${food.industry}), 30 days`, { ...lastMonth, industry: food.industry }],
      ["batch 1, 30 days", { ...lastMonth, batch: "1" }],
      ["combined (dept+industry+batch, 1 year)", { from: addDays(end, -365), to: end, dept: scjg.id, industry: food.industry, batch: "1" }],
    ];

    console.log("\nlib/metrics, called directly:");
    const dashboardMod = await load<typeof import("@/lib/metrics/get-dashboard")>("@/lib/metrics/get-dashboard");
    for (const [label, input] of filterSets) {
      if (dashboardMod) await measure("getDashboard", label, () => dashboardMod.getDashboard({ actor, now, input }));
      else skip("getDashboard", label, "missing: lib/metrics/get-dashboard.ts");
    }
    const drill = await load<typeof import("@/lib/metrics/list-metric-applications")>("@/lib/metrics/list-metric-applications");
    const drills: Array<[string, Record<string, string>]> = [
      ["applications, 30 days, page 1", { ...lastMonth, metric: "applications", page: "1" }],
      ["applications, 30 days, page 100", { ...lastMonth, metric: "applications", page: "100" }],
      ["late, 2 years, dept SCJG, page 1", { from: addDays(end, -730), to: end, dept: scjg.id, metric: "late", page: "1" }],
      ["overdueNow, page 1", { metric: "overdueNow", page: "1" }],
    ];
    for (const [label, input] of drills) {
      if (drill) await measure("drill-down", label, () => drill.listMetricApplications({ actor, now, input }));
      else skip("drill-down", label, "missing: lib/metrics/list-metric-applications.ts");
    }
    const exp = await load<{ exportDashboard: (o: Record<string, unknown>) => Promise<unknown> }>("@/lib/metrics/export-dashboard");
    const { makeT } = await import("@/lib/i18n/core");
    const { default: zhCN } = await import("@/lib/i18n/messages/zh-CN");
    const t = makeT(zhCN);
    for (const format of ["csv", "xlsx"] as const) {
      if (exp) await measure("export", `${format}, default period`, () => exp.exportDashboard({ actor, now, input: {}, format, t }));
      else skip("export", `${format}, default period`, "missing: lib/metrics/export-dashboard.ts");
    }
    const ranking = await load<typeof import("@/lib/metrics/get-rating-ranking")>("@/lib/metrics/get-rating-ranking");
    if (ranking) await measure("ranking", "getRatingRanking (public)", () => ranking.getRatingRanking({ now }));
    else skip("ranking", "getRatingRanking (public)", "missing: lib/metrics/get-rating-ranking.ts");
    const refresh = await load<typeof import("@/lib/metrics/refresh-metrics")>("@/lib/metrics/refresh-metrics");
    if (refresh) {
      const day = addDays(end, -3);
      await measure(
        "refresh",
        `refreshMetrics, one dirty day (${day})`,
        () => refresh.refreshMetrics({ maxDays: 30 }),
        () => client.query(`INSERT INTO "MetricDirtyDay"(day) VALUES ($1::date)`, [day]),
      );
    } else skip("refresh", "refreshMetrics, one dirty day", "missing: lib/metrics/refresh-metrics.ts");
    await db.$disconnect();

    if (process.env.BENCH_HTTP !== "0") next = await benchPages(server.url, scjg.id, food.id, end);

    await rollupFacts(client, scjg.id, lastMonth);
    printTable();
  } finally {
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((r) => next!.once("exit", r));
    }
    await client.end().catch(() => {});
    await server.stop();
  }
}

/** Builds if needed, starts `next start` on the bench database, signs in, times the pages. */
async function benchPages(dbUrl: string, deptId: string, matterId: string, end: string): Promise<ChildProcess | null> {
  console.log("\nPages over HTTP (next start, signed in as regulator):");
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  if (process.env.BENCH_BUILD === "1" || !existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    console.log("  building the app (next build) …");
    const tsconfig = await fs.readFile(path.join(ROOT, "tsconfig.json"), "utf8");
    const code = await run(process.execPath, [nextBin, "build", ROOT], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    await fs.writeFile(path.join(ROOT, "tsconfig.json"), tsconfig);
    if (code !== 0) {
      skip("page", "all pages", `skipped: next build failed (exit ${code})`);
      return null;
    }
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      CRON_SECRET: "bench-cron-secret-bench-cron-secret",
      ...(await licenceKeyEnv()),
      NEXTAUTH_URL: base,
      PUBLIC_BASE_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await waitForHttp(`${base}/login`);

  // next-auth credentials flow: CSRF token (and its cookie) → POST the form → the session cookie.
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(";")[0] ?? "";
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, username: "regulator", password: PASSWORD, callbackUrl: `${base}/regulator`, json: "true" }),
  });
  keep(login);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    skip("page", "all pages", `skipped: sign-in as regulator failed (HTTP ${login.status})`);
    return child;
  }

  const from30 = addDays(end, -30);
  const pages: Array<[string, string]> = [
    ["/regulator (default period)", "/regulator"],
    ["/regulator?from…&to…&dept (30 days)", `/regulator?from=${from30}&to=${end}&dept=${deptId}`],
    ["/regulator?whole 2 years", `/regulator?from=${addDays(end, -730)}&to=${end}`],
    ["/regulator/metrics/applications (page 2)", `/regulator/metrics/applications?from=${from30}&to=${end}&matter=${matterId}&page=2`],
    ["/regulator/export?format=csv", `/regulator/export?format=csv&from=${from30}&to=${end}`],
    ["/public/ratings", "/public/ratings"],
  ];
  for (const [label, url] of pages) {
    const probe = await fetch(`${base}${url}`, { headers: { Cookie: cookie() }, redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status !== 200) {
      skip("page", label, `skipped: HTTP ${probe.status}${probe.status === 404 ? " (not in this build: BENCH_BUILD=1 rebuilds)" : ""}`);
      continue;
    }
    await measure("page", label, async () => {
      const res = await fetch(`${base}${url}`, { headers: { Cookie: cookie() }, redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    });
  }
  return child;
}

/** The rollup's size and the plan of its main query (the dashboard's totals) for one filter. */
async function rollupFacts(client: pg.Client, deptId: string, period: { from: string; to: string }) {
  const { rows } = await client.query(
    `SELECT count(*)::bigint AS n, count(DISTINCT day)::int AS days, pg_size_pretty(pg_total_relation_size('"MetricRollup"')) AS size FROM "MetricRollup"`,
  );
  console.log(`\nMetricRollup: ${Number(rows[0].n).toLocaleString("en")} rows over ${rows[0].days} days, ${rows[0].size} with indexes`);
  const { rows: cols } = await client.query(
    `SELECT string_agg(format('COALESCE(SUM(%I), 0)::float8', column_name), ', ' ORDER BY ordinal_position) AS sums
     FROM information_schema.columns WHERE table_name = 'MetricRollup' AND data_type = 'integer'`,
  );
  const sql = `EXPLAIN (ANALYZE, BUFFERS) SELECT ${cols[0].sums} FROM "MetricRollup"
               WHERE dept = $1 AND industry = '*' AND batch = '*' AND matter = '*' AND day BETWEEN $2::date AND $3::date`;
  const plan = await client.query(sql, [deptId, period.from, period.to]);
  const lines = plan.rows.map((r) => String(r["QUERY PLAN"]));
  console.log(`EXPLAIN (ANALYZE, BUFFERS) of the totals query, department SCJG, ${period.from} … ${period.to}:`);
  for (const l of lines) console.log(`  ${l}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
