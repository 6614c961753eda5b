// Runs once when the server starts. A production server without a public address would print an address
// nobody can open on every licence and QR code: it refuses to start instead (lib/public-url.ts).
// Then the background jobs (lib/jobs/start-workers.ts: why they run in the server process, JOBS_WORKER=off).
import { publicBase } from "./lib/public-url";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    publicBase({ NODE_ENV: process.env.NODE_ENV, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL });
  } catch (e) {
    console.error(`[onelicence] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  // Not while `next build` collects pages; imported here only, so the Edge bundle never carries pg-boss.
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.JOBS_WORKER === "off") return;
  const { startJobWorkersFromEnv } = await import("./lib/jobs/start-workers");
  await startJobWorkersFromEnv();
}
