// The published licence signing keys, also at /.well-known/licence-keys.json (rewrite in next.config.js):
// every key a licence may name — current and rotated out (retiredAt) — so that anyone can check a
// downloaded e-licence offline (npm run verify-licence). Public; cached briefly, since a new key appears
// the first time it signs.
import { listPublishedKeys } from "@/lib/licences/published-keys";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const keys = await listPublishedKeys();
  return Response.json(keys, { headers: { "Cache-Control": "public, max-age=300" } });
}
