// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set) → migrations → demo data on an empty
// database → Next.js on PORT (default 3000). Ctrl-C stops the web server and the embedded database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "./lib/database.mjs";
import { applyMigrations } from "./lib/migrations.mjs";
import { licenceKeyEnv } from "./lib/licence-key.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const log = (msg) => console.log(`[onelicence] ${msg}`);

/** A secret generated once and kept under .data/ (never committed), unless the environment gives one. */
async function localSecret(name, fileName) {
  if (process.env[name]) return process.env[name];
  const file = path.join(ROOT, ".data", fileName);
  if (existsSync(file)) return (await fs.readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  const started = Date.now();
  const db = await openDatabase({ profile: "app", log });
  let child = null;
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await db.stop();
    log("已停止。");
    process.exit(code);
  };
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));

  try {
    const applied = await applyMigrations(db.url);
    if (applied.length) log(`已应用迁移: ${applied.join(", ")}`);
    const { isEmpty, runSeed } = await import("./seed.ts");
    if (await isEmpty(db.url)) {
      log("空数据库：正在载入演示数据 …");
      log(`演示数据: ${JSON.stringify(await runSeed(db.url))}`);
    }
  } catch (err) {
    console.error(err);
    await shutdown(1);
    return;
  }

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PORT: port,
    NEXTAUTH_SECRET: await localSecret("NEXTAUTH_SECRET", "nextauth-secret"),
    CRON_SECRET: await localSecret("CRON_SECRET", "cron-secret"),
    ...(await licenceKeyEnv(path.join(ROOT, ".data/licence-signing-key.json"))),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    PUBLIC_BASE_URL: publicBaseUrl(),
  };
  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env, cwd: ROOT });
  log(`数据库就绪用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒；门户地址 http://localhost:${port}`);
  child.on("exit", (code) => shutdown(code ?? 0));
  // The deadline sweep, outbox delivery and metric refresh are pg-boss jobs that the Next.js server itself
  // runs (instrumentation.ts → lib/jobs/start-workers.ts); nothing to schedule from here.
}

/**
 * The address printed in licence QR codes and share links (lib/public-url.ts). PUBLIC_BASE_URL when set;
 * otherwise this machine's own network address, which a phone on the same network can open — never
 * localhost, which on a phone is the phone itself.
 */
function publicBaseUrl() {
  if (process.env.PUBLIC_BASE_URL) return process.env.PUBLIC_BASE_URL;
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal);
  const base = `http://${lan ? lan.address : os.hostname()}:${port}`;
  log(`PUBLIC_BASE_URL 未设置：证照二维码与分享链接使用本机地址 ${base}（正式部署请设置 PUBLIC_BASE_URL 为公众可访问的地址）。`);
  return base;
}

main();
