// A file sent to the browser by a route handler: inline (documents opened in place) or as an attachment
// (downloads). AppError → its status (another's file → 404), no session (load answers null) → 401,
// anything else logged and answered with the generic message (lib/actions/error-response.ts).
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/actions/error-response";

export interface ServedFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export async function fileResponse(what: string, disposition: "inline" | "attachment", load: () => Promise<ServedFile | null>): Promise<Response> {
  try {
    const file = await load();
    if (!file) throw new AppError("UNAUTHENTICATED", "errors.auth.signIn");
    const ascii = file.fileName.replace(/[^\w.-]/g, "_");
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Content-Length": String(file.bytes.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    return errorResponse(e, what);
  }
}
