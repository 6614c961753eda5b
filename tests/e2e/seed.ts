// Seeding from a spec: `await seed("issuedS1")` creates what the spec needs in the e2e database through the
// domain functions (tests/factories/e2e-recipes.ts) and returns it. The Prisma client and the domain modules
// cannot load inside Playwright's worker (its transform turns the generated client's ESM into broken CJS,
// and "server-only" throws outside Next's server), so each worker starts one seeding process
// (tests/support/e2e-seed-process.ts) on first use and talks JSON lines to it. The database is the one the
// app under test uses: E2E_DATABASE_URL (scripts/e2e.mjs sets it; set it yourself to run Playwright alone).
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Recipes } from "../factories/e2e-recipes";

const ROOT = path.resolve(__dirname, "../..");

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

let child: ChildProcess | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function seeder(): ChildProcess {
  if (child && child.exitCode === null) return child;
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through scripts/e2e.mjs, or set it to the app's database");
  const started = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "tests/support/e2e-seed-process.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test" },
    stdio: ["pipe", "inherit", "inherit", "pipe"],
  });
  createInterface({ input: started.stdio[3] as Readable }).on("line", (line) => {
    const a = JSON.parse(line) as Answer;
    const w = waiting.get(a.id);
    waiting.delete(a.id);
    if (a.ok) w?.resolve(a.value);
    else w?.reject(new Error(`seeding failed: ${a.error}`));
  });
  started.once("exit", (code) => {
    for (const w of waiting.values()) w.reject(new Error(`the seeding process ended (exit code ${code})`));
    waiting.clear();
  });
  // The worker may end while the process idles: it then sees stdin close and exits by itself.
  started.unref();
  for (const s of [started.stdin, started.stdio[3]]) (s as unknown as { unref?: () => void }).unref?.();
  child = started;
  return started;
}

/** Runs the seeding recipe `name` in the e2e database and returns what it created. */
export function seed<K extends keyof Recipes>(name: K, ...args: Parameters<Recipes[K]>): Promise<Awaited<ReturnType<Recipes[K]>>> {
  const proc = seeder();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    proc.stdin!.write(`${JSON.stringify({ id, name, args })}\n`);
  });
}
