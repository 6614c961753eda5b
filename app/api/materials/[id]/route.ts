// One application document, opened inline in the browser for those who may see it (read-material.ts).
import { getSessionUser } from "@/lib/auth/session";
import { readMaterial } from "@/lib/approvals/read-material";
import { fileResponse } from "@/lib/files/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  return fileResponse("materials.read", "inline", async () => {
    const actor = await getSessionUser();
    return actor && readMaterial({ actor, materialId: id });
  });
}
