// The reform-metrics dashboard as CSV or Excel, for the filters of the page (/regulator?…): the file matches
// the screen. GET /regulator/export?format=csv|xlsx&from=…&to=…&dept=…&matter=…&industry=…&batch=…
import { requirePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { errorResponse } from "@/lib/actions/error-response";
import { getI18n } from "@/lib/i18n/server";
import { exportDashboard } from "@/lib/metrics/export-dashboard";
import { ZExportFormat } from "@/lib/metrics/export-rows";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { t } = await getI18n();
  try {
    const actor = await requirePermission("metrics.view");
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const format = ZExportFormat.safeParse(params.format);
    if (!format.success) return Response.json({ error: t("metrics.exportFormatError") }, { status: 400 });
    const { body, contentType, filename, asciiFilename } = await exportDashboard({ actor, now: new Date(), input: params, format: format.data, t });
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
    // RFC 6266 / RFC 5987: an ASCII fallback name, and the Chinese name percent-encoded as UTF-8.
    const disposition = `attachment; filename="${asciiFilename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
    return new Response(bytes, {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": disposition,
        "Content-Length": String(bytes.length),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e)) return errorResponse(e, "regulator.export");
    console.error("[regulator.export] unexpected error", e);
    return Response.json({ error: t("metrics.exportFailed") }, { status: 500 });
  }
}
