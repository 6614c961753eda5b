// A 告知承诺核查 evidence file, opened inline for the issuing department's inspectors (list-verifications.ts).
import { getSessionUser } from "@/lib/auth/session";
import { readVerificationEvidence } from "@/lib/supervision/list-verifications";
import { fileResponse } from "@/lib/files/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  return fileResponse("evidence.read", "inline", async () => {
    const actor = await getSessionUser();
    return actor && readVerificationEvidence({ actor, id });
  });
}
