// One application document, opened inline in the browser for those who may see it (read-material.ts).
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { readMaterial } from "@/lib/approvals/read-material";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const actor = await getSessionUser();
    if (!actor) return Response.json({ error: "请先登录" }, { status: 401 });
    const { fileName, contentType, bytes } = await readMaterial({ actor, materialId: (await ctx.params).id });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Content-Length": String(bytes.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e)) return Response.json({ error: e.message }, { status: e.status });
    console.error("[materials.read] unexpected error", e);
    return Response.json({ error: "文件读取失败，请稍后重试。" }, { status: 500 });
  }
}
