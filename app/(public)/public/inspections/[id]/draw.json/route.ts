// The published draw file of a 双随机 plan: seed, snapshot, ratios, inspector pool and conflict pairs (ids
// only) and the drawn list — all anyone needs to recompute the draw (`npm run verify-draw -- <url>`).
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getDrawFile } from "@/lib/supervision/list-inspections";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const file = await getDrawFile({ actor: await getSessionUser(), planId: (await ctx.params).id });
    return Response.json(file, { headers: { "Cache-Control": "public, max-age=300", "Content-Disposition": `inline; filename="draw-${file.planId}.json"` } });
  } catch (e) {
    if (isAppError(e)) return Response.json({ error: e.message }, { status: e.status });
    console.error("[inspections.draw] unexpected error", e);
    return Response.json({ error: "抽取文件生成失败，请稍后重试。" }, { status: 500 });
  }
}
