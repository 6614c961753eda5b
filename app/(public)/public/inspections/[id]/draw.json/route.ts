// The published draw file of a 双随机 plan: seed, snapshot, ratios, inspector pool and conflict pairs (ids
// only) and the drawn list — all anyone needs to recompute the draw (`npm run verify-draw -- <url>`).
import { getSessionUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/actions/error-response";
import { getDrawFile } from "@/lib/supervision/list-inspections";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const file = await getDrawFile({ actor: await getSessionUser(), planId: (await ctx.params).id });
    return Response.json(file, { headers: { "Cache-Control": "public, max-age=300", "Content-Disposition": `inline; filename="draw-${file.planId}.json"` } });
  } catch (e) {
    return errorResponse(e, "inspections.draw");
  }
}
