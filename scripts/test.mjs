// `npm test`: type check, unit tests, integration tests on a real PostgreSQL, e2e in Chromium.
// Ends with one line "N passed, N failed" summing every runner.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { run } from "./lib/run.mjs";
import { ensureSystemPackages } from "./lib/system-packages.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(ROOT, "node_modules/.bin", name);
const results = path.join(ROOT, "test-results");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function addVitest(file, label) {
  const r = readJson(file);
  if (!r) {
    counts.failed += 1;
    failures.push(`${label}: no report`);
    return;
  }
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests;
  counts.skipped += r.numPendingTests + r.numTodoTests;
  if (r.numFailedTests || !r.success) failures.push(label);
}

function addPlaywright(file) {
  const r = readJson(file);
  if (!r) {
    counts.failed += 1;
    failures.push("e2e: no report");
    return;
  }
  counts.passed += r.stats.expected + r.stats.flaky;
  counts.failed += r.stats.unexpected;
  counts.skipped += r.stats.skipped;
  if (r.stats.unexpected) failures.push("e2e");
}

async function step(label, cmd, args) {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const code = await run(cmd, args, { env, cwd: ROOT });
  console.log(`━━ ${label}: ${code === 0 ? "ok" : `exit ${code}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return code;
}

rmSync(results, { recursive: true, force: true });
const only = process.argv[2];
// Chromium (e2e) and pdftoppm (the licence PDF's rendering test, a unit test) from Debian, before any runner.
await ensureSystemPackages();

if ((await step("prisma generate", bin("prisma"), ["generate"])) !== 0) failures.push("prisma generate");
// Format and lint (biome.json) before anything runs: a lint error fails the test command, as a type error does.
if (!only || only === "lint" || only === "typecheck") {
  if ((await step("lint", bin("biome"), ["check", "."])) !== 0) {
    counts.failed += 1;
    failures.push("lint");
  }
  // No folder of lib/ imports another that imports it back (round any loop): scripts/check-imports.mjs.
  if ((await step("import loops", process.execPath, [path.join(ROOT, "scripts/check-imports.mjs")])) !== 0) {
    counts.failed += 1;
    failures.push("import loops");
  }
  // lib/ throws and notifies in catalog keys, never in a literal sentence: scripts/check-messages.mjs.
  if ((await step("message keys", process.execPath, [path.join(ROOT, "scripts/check-messages.mjs")])) !== 0) {
    counts.failed += 1;
    failures.push("message keys");
  }
}
if (!only || only === "typecheck") {
  if ((await step("typecheck", bin("tsc"), ["--noEmit", "-p", "."])) !== 0) {
    counts.failed += 1;
    failures.push("typecheck");
  }
}
for (const project of ["unit", "integration"]) {
  if (only && only !== project) continue;
  const out = path.join(results, `${project}.json`);
  await step(`${project} tests`, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  addVitest(out, project);
}
if (!only || only === "e2e") {
  await step("e2e tests", bin("tsx"), [path.join(ROOT, "scripts/e2e.mjs")]);
  addPlaywright(path.join(results, "e2e.json"));
}

console.log(`\n${failures.length ? `失败: ${failures.join(", ")}` : "全部通过"}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
