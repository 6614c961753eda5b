// A wallet download as an attachment; AppError → its status (another's licence → 404), no session → 401.
import { isAppError } from "@/lib/errors";
import type { WalletFile } from "@/lib/licences/wallet-files";

export async function fileResponse(what: string, load: () => Promise<WalletFile | null>): Promise<Response> {
  try {
    const file = await load();
    if (!file) return Response.json({ error: "请先登录" }, { status: 401 });
    const ascii = file.fileName.replace(/[^\w.-]/g, "_");
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Content-Length": String(file.bytes.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e)) return Response.json({ error: e.message }, { status: e.status });
    console.error(`[${what}] unexpected error`, e);
    return Response.json({ error: "文件生成失败，请稍后重试。" }, { status: 500 });
  }
}
