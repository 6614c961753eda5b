// The public catalog as an Excel workbook (涉企经营许可事项清单): public information, anyone may download it.
import { requirePermission } from "@/lib/auth/session";
import { errorResponse } from "@/lib/actions/error-response";
import { exportCatalog } from "@/lib/catalog/xlsx/export-catalog";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requirePermission("catalog.view");
    // Same filters as /matters (validated there; unknown values are ignored): the file matches the screen.
    const filters = Object.fromEntries(new URL(request.url).searchParams);
    const { buffer, filename, asciiFilename } = await exportCatalog({ actor, now: new Date(), filters });
    // RFC 6266 / RFC 5987: an ASCII fallback name, and the Chinese name percent-encoded as UTF-8.
    const disposition = `attachment; filename="${asciiFilename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": disposition,
        "Content-Length": String(buffer.length),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    return errorResponse(e, "matters.export");
  }
}
