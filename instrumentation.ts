// Runs once when the server starts. A production server without a public address would print an address
// nobody can open on every licence and QR code: it refuses to start instead (lib/public-url.ts).
import { publicBase } from "./lib/public-url";

export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    publicBase({ NODE_ENV: process.env.NODE_ENV, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL });
  } catch (e) {
    console.error(`[onelicence] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
