import path from "node:path";
import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser. The flags keep it off the (closed) network.
// Two workers: each spec seeds its own accounts and applications (tests/e2e/seed.ts), so files run in parallel;
// the tests inside a file keep their order (several walk one journey step by step). Assertions wait on a
// condition for up to 15 s, not the default 5 s, and a test may take 2 minutes: on a busy 2-core machine a
// server action or a page can take far longer than on an idle one.
//
// The dashboard spec asserts on figures of the whole database (the application count is "before + 1", the
// drill-down lists exactly that many), which another spec submitting an application at the same moment would
// change: it runs in the project "alone", after the others. scripts/e2e.mjs runs that project as a second run
// (a plain `npx playwright test` would skip it, as a dependent project, when one of the others failed). It
// needs nothing they create: named on the command line (`npx playwright test tests/e2e/metrics-dashboard.spec.ts`),
// it runs without waiting for the rest.
const ALONE = [/metrics-dashboard\.spec\.ts$/];
const specsNamed = process.argv.some((a) => /\.spec\.ts(:\d+)?$/.test(a));

export default defineConfig({
  projects: [
    { name: "parallel", testIgnore: ALONE },
    { name: "alone", testMatch: ALONE, workers: 1, dependencies: specsNamed ? [] : ["parallel"] },
  ],
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS || 2),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: process.env.E2E_OUTPUT_DIR || "test-results",
  reporter: [["list"], ["json", { outputFile: path.join(process.env.E2E_OUTPUT_DIR || "test-results", "e2e.json") }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100",
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    },
  },
});
