// Benchmark (not a test) of a whole 双随机 draw on the database: `npx tsx scripts/bench-draw-db.ts`
// (`npm run bench` runs it; BENCH_DRAW_N sets the number of enterprises, default 100,000). A scratch
// database gets N active enterprises each holding a valid liquor permit, credit records for 10% of them
// (every fifth of those SERIOUS), then a regulator's plan (A 3%, B 5%, C 10%, D 100%) is drawn by
// drawInspectionPlan: targets loaded and graded, seed, snapshot and hash, two inspectors each, the
// inspections written — one transaction. Prints the time; the pure algorithm alone is bench-draw.ts.
import { withScratchDatabase } from "./lib/bench-support";

const N = Number(process.env.BENCH_DRAW_N ?? 100_000);

async function main() {
  await withScratchDatabase("bench_draw", async (url) => {
    process.env.DATABASE_URL = url;
    const { getDb } = await import("@/lib/db");
    const { createInspectionPlan } = await import("@/lib/supervision/create-inspection-plan");
    const { drawInspectionPlan } = await import("@/lib/supervision/draw-inspection-plan");
    const db = getDb();
    const matter = await db.matter.findUniqueOrThrow({ where: { code: "LIQUOR_RETAIL" }, select: { id: true, departmentId: true } });

    let start = performance.now();
    await db.$executeRawUnsafe(`
      INSERT INTO "Enterprise" (id, uscc, name, "entityType", address, "legalRepName", "legalRepIdNumber", "establishedAt", "updatedAt")
      SELECT 'bench-e-' || g, '91310116BE' || lpad(g::text, 8, '0'), '基准企业' || g || '有限公司', '有限责任公司', '上海市金山区基准路' || g || '号', '张三', '310116199001011234', DATE '2020-01-01', now()
      FROM generate_series(1, ${N}) g`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Licence" (id, number, kind, status, "enterpriseId", "matterId", "holderName", uscc, address, "validFrom", "issuedByDepartmentId", "issuedAt")
      SELECT 'bench-l-' || g, 'XKBENCH-' || g, 'PERMIT', 'VALID', 'bench-e-' || g, '${matter.id}', '基准企业' || g || '有限公司', '91310116BE' || lpad(g::text, 8, '0'), '上海市金山区基准路' || g || '号', DATE '2026-01-01', '${matter.departmentId}', now()
      FROM generate_series(1, ${N}) g`);
    await db.$executeRawUnsafe(`
      INSERT INTO "CreditRecord" (id, "enterpriseId", type, severity, source, description, "occurredAt")
      SELECT 'bench-c-' || g, 'bench-e-' || g, 'PENALTY', (CASE WHEN g % 50 = 0 THEN 'SERIOUS' ELSE 'GENERAL' END)::"CreditSeverity", '基准', '基准记录', now() - interval '30 days'
      FROM generate_series(1, ${N}) g WHERE g % 10 = 0`);
    for (const t of ["Enterprise", "Licence", "CreditRecord"]) await db.$executeRawUnsafe(`ANALYZE "${t}"`);
    console.log(`\n${N.toLocaleString("en")} enterprises with a valid liquor permit generated in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    const regulatorRow = await db.user.findUniqueOrThrow({ where: { username: "regulator" } });
    const regulator = {
      id: regulatorRow.id,
      username: regulatorRow.username,
      name: regulatorRow.displayName,
      role: regulatorRow.role,
      enterpriseId: null,
      departmentId: regulatorRow.departmentId,
    };
    const now = new Date();
    const { id: planId } = await createInspectionPlan({
      actor: regulator,
      now,
      input: {
        name: "基准抽查",
        departmentCode: "SCJG",
        matterCodes: ["LIQUOR_RETAIL"],
        periodStart: "2026-12-01",
        periodEnd: "2026-12-31",
        publishBy: "2027-01-20",
        ratioA: 3,
        ratioB: 5,
        ratioC: 10,
        ratioD: 100,
      },
    });
    start = performance.now();
    const summary = await drawInspectionPlan({ actor: regulator, now, input: { planId } });
    const ms = performance.now() - start;
    console.log(
      `drawInspectionPlan: ${summary.targets.toLocaleString("en")} targets → ${summary.drawn.toLocaleString("en")} inspections (${summary.unstaffed.length} unstaffed) in ${(ms / 1000).toFixed(2)} s (one run; peak RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB)`,
    );
    await db.$disconnect();
  });
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
