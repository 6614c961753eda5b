// Benchmark (not a test) of the public catalog search: `npx tsx scripts/bench-catalog-search.ts`.
// Starts the embedded test PostgreSQL (or uses DATABASE_URL's server), creates a scratch database with every
// migration and the demo seed, times searchMatters() for ten kinds of query × 20 runs, grows the catalog
// to 5,000 matters and times again, shows EXPLAIN ANALYZE of a token query, then drops the scratch database
// and stops the server it started. Speed is measured here, never asserted in tests (shared machines vary).
import pg from "pg";
import { withScratchDatabase } from "./lib/bench-support";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { searchTokensFor } from "@/lib/catalog/search-tokens";

const RUNS = 20;
const WARMUP = 3;
const TARGET_MATTERS = 5_000;

/** Terminal columns: CJK characters take two. */
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

type Search = typeof import("@/lib/catalog/search-matters").searchMatters;

interface QueryKind {
  name: string;
  params: () => Record<string, unknown>;
}

async function timeQueries(search: Search, kinds: QueryKind[], label: string) {
  console.log(`\n${label}`);
  console.log(`${"query".padEnd(44)} ${"total".padStart(6)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)}`);
  const results: { name: string; median: number; p95: number; total: number }[] = [];
  for (const kind of kinds) {
    const params = kind.params();
    for (let i = 0; i < WARMUP; i++) await search(params);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const r = await search(params);
      times.push(performance.now() - start);
      total = r.total;
    }
    times.sort((a, b) => a - b);
    const row = { name: kind.name, median: percentile(times, 50), p95: percentile(times, 95), total };
    results.push(row);
    console.log(`${padEnd(row.name, 44)} ${String(total).padStart(6)} ${row.median.toFixed(1).padStart(10)} ${row.p95.toFixed(1).padStart(8)}`);
  }
  return results;
}

// Realistic variants of real matters: the same permit for a branch, a change, a renewal, and so on.
const SUFFIXES = [
  "（分支机构）",
  "（连锁门店）",
  "（变更）",
  "（延续）",
  "（注销）",
  "（补证）",
  "（新设）",
  "（临时经营）",
  "（自贸区试点）",
  "（跨区迁移）",
  "（网络经营）",
  "（集中配送）",
  "（中央厨房）",
  "（校园）",
  "（园区）",
  "（夜间经济）",
];
const PREFIXES = ["", "金山区", "朱泾镇", "枫泾镇", "亭林镇", "吕巷镇", "张堰镇", "漕泾镇", "山阳镇", "金山卫镇", "廊下镇", "石化街道"];

async function growCatalog(db: PrismaClient, target: number): Promise<number> {
  const templates = await db.matter.findMany({ where: { kind: "PERMIT" } });
  const existing = await db.matter.count();
  const rows: Prisma.MatterCreateManyInput[] = [];
  let n = 0;
  outer: for (const prefix of PREFIXES) {
    for (const suffix of SUFFIXES) {
      for (const t of templates) {
        if (existing + rows.length >= target) break outer;
        n++;
        const name = `${prefix}${t.name}${suffix}`;
        const code = `${t.code}_G${String(n).padStart(5, "0")}`;
        rows.push({
          code,
          name,
          kind: "PERMIT",
          legalBasis: t.legalBasis,
          departmentId: t.departmentId,
          level: t.level,
          industry: t.industry,
          reformMode: t.reformMode,
          reformMeasures: t.reformMeasures,
          supervisionMeasures: t.supervisionMeasures,
          conditions: t.conditions,
          fees: t.fees,
          statutoryDays: t.statutoryDays,
          promisedDays: t.promisedDays,
          processingType: t.processingType,
          rolloutBatch: t.rolloutBatch,
          liveDate: t.liveDate,
          validityYears: t.validityYears,
          searchTokens: searchTokensFor(name, code, t.industry),
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.matter.createMany({ data: rows.slice(i, i + 500) });
  return db.matter.count();
}

/** Every SQL statement searchMatters sends, from the query log of the client getDb() returns. */
const captured: { query: string; params: string; duration: number }[] = [];
let capturing = false;

function installLoggingClient(url: string): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => {
    if (capturing) captured.push({ query: e.query, params: e.params, duration: e.duration });
  });
  // getDb() keeps its client on globalThis.prisma: this one is used from now on.
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return client;
}

async function captureQueries(search: Search, params: Record<string, unknown>) {
  captured.length = 0;
  capturing = true;
  try {
    await search(params);
  } finally {
    capturing = false;
  }
  return [...captured];
}

const oneLine = (sql: string) => sql.replace(/\s+/g, " ").replace(/"public"\./g, "");

/**
 * GIN indexes buffer new entries in a "pending list" (fastupdate) until VACUUM or autovacuum merges them, and
 * the planner prices an index with a long pending list as expensive — right after a bulk insert it may prefer
 * a sequential scan. pgstattuple ships with PostgreSQL's contrib; skipped if it is not there.
 */
async function reportPendingList(url: string, when: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pgstattuple");
    const { rows } = await client.query(`SELECT pending_pages, pending_tuples FROM pgstatginindex('"Matter_searchTokens_idx"'::regclass)`);
    console.log(`GIN pending list ${when}: ${rows[0].pending_pages} pages, ${rows[0].pending_tuples} tuples`);
  } catch (err) {
    console.log(`GIN pending list ${when}: not measured (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    await client.end();
  }
}

/** EXPLAIN ANALYZE of the exact statements searchMatters sends for a token query. */
async function explainTokenSearch(url: string, search: Search, q: string, verbose = true) {
  const queries = await captureQueries(search, { q });
  if (verbose) {
    console.log(`\nOne searchMatters({ q: "${q}" }) sends ${queries.length} statements:`);
    for (const s of queries) console.log(`  ${s.duration.toFixed(1).padStart(6)} ms  ${oneLine(s.query).slice(0, 150)}`);
  }
  const pgClient = new pg.Client({ connectionString: url });
  await pgClient.connect();
  let allUseGin = true;
  try {
    for (const s of queries.filter((x) => x.query.includes('"searchTokens" @>'))) {
      const plan = await pgClient.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, JSON.parse(s.params) as unknown[]);
      const lines = plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]!);
      const usesGin = lines.some((l) => l.includes("Matter_searchTokens_idx"));
      allUseGin &&= usesGin;
      if (verbose) {
        console.log(`\nEXPLAIN ANALYZE  ${oneLine(s.query).slice(0, 300)}`);
        for (const line of lines) console.log(`  ${line}`);
      }
      const execution = lines.find((l) => l.startsWith("Execution Time")) ?? "";
      console.log(`  → ${oneLine(s.query).slice(7, 60)}…: GIN index ${usesGin ? "IS" : "is NOT"} used (${execution})`);
    }
  } finally {
    await pgClient.end();
  }
  return allUseGin;
}

async function main() {
  await withScratchDatabase("bench_catalog", async (url) => {
    // getDb() reads DATABASE_URL on first use: set it before the first search (and log its queries).
    process.env.DATABASE_URL = url;
    installLoggingClient(url);
    const { searchMatters } = await import("@/lib/catalog/search-matters");
    const { getDb } = await import("@/lib/db");
    const db = getDb();
    const scjg = (await db.department.findUniqueOrThrow({ where: { code: "SCJG" } })).id;

    const kinds: QueryKind[] = [
      { name: "all, page 1", params: () => ({}) },
      { name: "mode = COMMITMENT", params: () => ({ mode: "COMMITMENT" }) },
      { name: "department + industry", params: () => ({ departmentId: scjg, industry: "零售" }) },
      { name: "q = 食品 (bigram)", params: () => ({ q: "食品" }) },
      { name: "q = 烟 (single character)", params: () => ({ q: "烟" }) },
      { name: "q = 食品经营许可 (5 bigrams)", params: () => ({ q: "食品经营许可" }) },
      { name: "q = FOOD_OPERATION (code)", params: () => ({ q: "FOOD_OPERATION" }) },
      { name: "q = 许可 + mode + level", params: () => ({ q: "许可", mode: "OPTIMIZE", level: "DISTRICT" }) },
      { name: "q = 品食 (no match)", params: () => ({ q: "品食" }) },
      { name: "q = 网吧 (synonym → 上网服务)", params: () => ({ q: "网吧" }) },
      { name: "q = 宾馆 (two synonyms)", params: () => ({ q: "宾馆" }) },
      { name: "last page (page 9999)", params: () => ({ page: 9999 }) },
    ];

    const before = await timeQueries(
      searchMatters,
      kinds,
      `Seeded catalog (${await db.matter.count({ where: { kind: "PERMIT" } })} permit matters), ${RUNS} runs each:`,
    );

    const count = await growCatalog(db, TARGET_MATTERS);
    await db.$executeRawUnsafe(`ANALYZE "Matter"`);
    console.log(`\nGrew the catalog to ${count} matters with one bulk insert.`);
    await reportPendingList(url, "right after the bulk insert (ANALYZE only)");
    await explainTokenSearch(url, searchMatters, "烟草专卖", false);
    // Steady state, as after autovacuum: the pending list merged into the index.
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Matter"`);
    await reportPendingList(url, "after VACUUM (ANALYZE)");
    const after = await timeQueries(searchMatters, kinds, `Grown catalog (${count} matters, after VACUUM ANALYZE), ${RUNS} runs each:`);

    console.log("\nSummary (median ms: seeded → 5,000):");
    for (const [i, b] of before.entries()) {
      const a = after[i]!;
      console.log(`  ${padEnd(b.name, 44)} ${b.median.toFixed(1).padStart(7)} → ${a.median.toFixed(1).padStart(7)}   (p95 ${a.p95.toFixed(1)})`);
    }

    const plain = await captureQueries(searchMatters, {});
    console.log(`\nStatements per search (no N+1): ${plain.length}, sent in parallel: ${plain.map((x) => `${x.duration.toFixed(1)} ms`).join(", ")}`);
    const rare = await explainTokenSearch(url, searchMatters, "烟草专卖");
    const common = await explainTokenSearch(url, searchMatters, "食品");
    // A synonym adds one OR-ed `@>` per variant: a BitmapOr of GIN index scans, still no sequential scan.
    const synonym = await explainTokenSearch(url, searchMatters, "宾馆");
    console.log(
      `\nGIN index used by every token statement: "烟草专卖" ${rare ? "yes" : "no"}, "食品" ${common ? "yes" : "no"}, "宾馆" (synonyms) ${synonym ? "yes" : "no"}`,
    );
    await db.$disconnect();
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
