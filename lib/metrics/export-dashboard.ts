// The reform-metrics dashboard as a file (CSV or Excel), for the same filters as the page: the file shows what
// the screen shows, with the numerators, denominators and definitions beside every figure.
import "server-only";
import ExcelJS from "exceljs";
import type { SessionUser } from "@/lib/auth/types";
import type { TFunction } from "@/lib/i18n/core";
import { getDashboard } from "./get-dashboard";
import { buildCsv, buildExportSections, exportFilenames, type ExportFormat, type ExportSection } from "./export-rows";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface DashboardExport {
  body: Buffer | string;
  contentType: string;
  /** Chinese file name (send as RFC 5987 filename*), and an ASCII fallback for old clients. */
  filename: string;
  asciiFilename: string;
}

export async function exportDashboard({
  actor,
  now,
  input,
  format,
  t,
}: {
  actor: SessionUser;
  now: Date;
  input: unknown;
  format: ExportFormat;
  t: TFunction;
}): Promise<DashboardExport> {
  const dashboard = await getDashboard({ actor, now, input });
  const sections = buildExportSections(dashboard, t);
  const names = exportFilenames(dashboard.filters, format, t);
  const body = format === "csv" ? buildCsv(sections) : await buildWorkbook(sections, now);
  return { body, contentType: CONTENT_TYPES[format], ...names };
}

const HEADER_FILL = "FF173F9C"; // brand-700: white bold text on it has a contrast ratio above 9:1
const THIN = { style: "thin" as const, color: { argb: "FF94A3B8" } };
const NUM_FMT = { count: "#,##0", percent: "0.0%", average: "0.00" } as const;

/** One worksheet per section; shares stay fractions (0–1) shown as percentages, so they can be summed. */
async function buildWorkbook(sections: ExportSection[], now: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "一照通行";
  wb.created = now;
  wb.modified = now;
  for (const s of sections) {
    const ws = wb.addWorksheet(s.title, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
    ws.columns = s.widths.map((width) => ({ width }));
    const header = ws.addRow(s.headers);
    header.eachCell((cell) => {
      cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    });
    header.height = 32;
    for (const cells of s.rows) {
      const row = ws.addRow(cells.map((c) => (typeof c === "string" ? c : c.n)));
      cells.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        if (typeof c === "string") cell.alignment = { vertical: "top", wrapText: true };
        else cell.numFmt = NUM_FMT[c.kind];
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
