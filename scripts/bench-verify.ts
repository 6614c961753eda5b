// Benchmark (not a test) of public verification (一码展示 / 证照核验): `npx tsx scripts/bench-verify.ts`
// (`npm run bench` runs it after the catalog bench). Starts the embedded test PostgreSQL (or uses
// DATABASE_URL's server), creates a scratch database with every migration and the demo seed, creates
// enterprises holding signed licences (as 统一出件 signs them), times getPublicEnterprise and getPublicLicence
// (database reads + Ed25519 checks) over N runs, prints median and p95, then drops the scratch database.
import { withScratchDatabase } from "./lib/bench-support";
import { licenceKeyEnv } from "./lib/licence-key.mjs";

const RUNS = 200;
const WARMUP = 10;
const ENTERPRISES = 200;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(name: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${name.padEnd(44)} ${String(RUNS).padStart(5)} ${percentile(ms, 50).toFixed(2).padStart(10)} ${percentile(ms, 95).toFixed(2).padStart(8)}`);
}

async function main() {
  await withScratchDatabase("bench_verify", async (url) => {
    // getDb() and the signing key read the environment on first use.
    process.env.DATABASE_URL = url;
    Object.assign(process.env, await licenceKeyEnv());
    const { getDb } = await import("@/lib/db");
    const { getPublicEnterprise } = await import("@/lib/verify/get-public-enterprise");
    const { getPublicLicence } = await import("@/lib/verify/get-public-licence");
    const { makeSignedEnterprise } = await import("../tests/factories/licences");
    const db = getDb();

    const made: { uscc: string; numbers: string[] }[] = [];
    for (let i = 0; i < ENTERPRISES; i++) {
      const { enterprise, numbers } = await makeSignedEnterprise(db);
      made.push({ uscc: enterprise.uscc, numbers });
    }
    await db.$executeRawUnsafe(`ANALYZE "Licence"`);
    await db.$executeRawUnsafe(`ANALYZE "Enterprise"`);
    console.log(`\n${ENTERPRISES} enterprises × 4 signed licences (${await db.licence.count()} licences), ${RUNS} runs each after ${WARMUP} warm-up:`);
    console.log(`${"query".padEnd(44)} ${"runs".padStart(5)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)}`);
    const now = new Date();
    await time("getPublicEnterprise (4 licences, 4 checks)", (i) => getPublicEnterprise({ actor: null, now, uscc: made[i % made.length]!.uscc }));
    await time("getPublicLicence (1 check)", (i) => getPublicLicence({ actor: null, now, number: made[i % made.length]!.numbers[i % 4]! }));
    await time("getPublicEnterprise, unknown USCC", () => getPublicEnterprise({ actor: null, now, uscc: "91440400MA4UXXXX0X" }).catch(() => null));
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
