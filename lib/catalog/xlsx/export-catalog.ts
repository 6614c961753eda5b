// Export of the public catalog (涉企经营许可事项清单) as an Excel workbook in the shape of the official lists.
// The catalog is public information: anonymous visitors may download it ("catalog.view").
import "server-only";
import { matterSearchWhere } from "../search-matters";
import { parseMatterSearchParams } from "../query-schemas";
import ExcelJS from "exceljs";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { shanghaiDay } from "@/lib/calendar/dates";
import {
  CATALOG_SHEET,
  COLUMNS,
  LEVEL_NAMES,
  NOTES_SHEET,
  PROCESSING_TYPE_NAMES,
  REFORM_MODE_NAMES,
  batchLabel,
  departmentCell,
  type ColumnKey,
} from "./columns";

const HEADER_FILL = "FF173F9C"; // brand-700: white bold text on it has a contrast ratio above 9:1
const THIN = { style: "thin" as const, color: { argb: "FF94A3B8" } };

export interface CatalogExport {
  buffer: Buffer;
  /** Chinese file name (send as RFC 5987 filename*), and an ASCII fallback for old clients. */
  filename: string;
  asciiFilename: string;
  rows: number;
}

/** The whole public catalog, or with `filters` (the /matters search parameters) the rows that search shows. */
export async function exportCatalog({ actor, now, filters }: { actor: SessionUser | null; now: Date; filters?: unknown }): Promise<CatalogExport> {
  assertCan(actor?.role ?? null, "catalog.view");
  const matters = await getDb().matter.findMany({
    where: await matterSearchWhere(parseMatterSearchParams(filters ?? {})),
    include: { department: { select: { name: true } } },
    orderBy: [{ department: { sortOrder: "asc" } }, { code: "asc" }],
  });

  const wb = new ExcelJS.Workbook();
  wb.creator = "一照通行";
  wb.created = now;
  wb.modified = now;
  const ws = wb.addWorksheet(CATALOG_SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 3 }] });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));

  const header = ws.getRow(1);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.title;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  header.height = 32;

  matters.forEach((m, i) => {
    const values: Record<ColumnKey, string | number> = {
      seq: i + 1,
      code: m.code,
      name: m.name,
      legalBasis: m.legalBasis,
      department: departmentCell(m.level, m.department.name),
      reformMode: REFORM_MODE_NAMES[m.reformMode],
      reformMeasures: m.reformMeasures,
      supervisionMeasures: m.supervisionMeasures,
      processingType: PROCESSING_TYPE_NAMES[m.processingType],
      statutoryDays: m.statutoryDays,
      promisedDays: m.promisedDays,
      conditions: m.conditions,
      fees: m.fees,
      industry: m.industry,
      rolloutBatch: batchLabel(m.rolloutBatch),
    };
    const row = ws.addRow(values);
    COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.alignment = { vertical: "top", wrapText: c.wrap ?? false };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    });
  });

  // Drop-down lists where a cell must be one of a few values, on the data rows and some empty rows below.
  const lists: Partial<Record<ColumnKey, string[]>> = {
    reformMode: Object.values(REFORM_MODE_NAMES),
    processingType: Object.values(PROCESSING_TYPE_NAMES),
    rolloutBatch: ["第1批", "第2批", "第3批"],
  };
  const lastRow = matters.length + 51;
  for (const [key, options] of Object.entries(lists) as [ColumnKey, string[]][]) {
    const col = COLUMNS.findIndex((c) => c.key === key) + 1;
    for (let r = 2; r <= lastRow; r++) {
      ws.getCell(r, col).dataValidation = {
        type: "list",
        allowBlank: key === "rolloutBatch",
        formulae: [`"${options.join(",")}"`],
        showErrorMessage: true,
        errorTitle: "取值无效",
        error: `请从下拉列表中选择：${options.join("、")}`,
      };
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  addNotes(wb, now);

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const day = shanghaiDay(now);
  return { buffer, filename: `${CATALOG_SHEET}-${day}.xlsx`, asciiFilename: `catalog-${day}.xlsx`, rows: matters.length };
}

/** A second sheet telling whoever edits the file what each column accepts (import ignores it). */
function addNotes(wb: ExcelJS.Workbook, now: Date) {
  const ws = wb.addWorksheet(NOTES_SHEET);
  ws.columns = [{ width: 22 }, { width: 90 }];
  const lines: [string, string][] = [
    ["导出时间", `${shanghaiDay(now)}（北京时间）`],
    ["基本编码", "事项的唯一编码。编码已存在的行更新该事项；编码不存在的行新增事项（新增事项不带申请材料，请在系统中补充）。"],
    ["审批层级和部门", `写成“层级 / 部门全称”，层级为 ${Object.values(LEVEL_NAMES).join("、")} 之一，如“区级 / 上海市金山区市场监督管理局”。`],
    ["改革方式", `${Object.values(REFORM_MODE_NAMES).join("、")} 之一。`],
    ["审批方式", `${Object.values(PROCESSING_TYPE_NAMES).join("、")} 之一。`],
    ["法定时限、承诺时限", "工作日数，填不小于0的整数；承诺时限不能超过法定时限。"],
    ["许可条件", "每行一条可量化的具体条件，不写兜底条款。"],
    ["实施批次", "“一照通行”实施批次：第1批、第2批、第3批，或留空。"],
    ["申请材料", "不在本表中。导入时已有事项保留原有申请材料。"],
    ["审批层级和部门、行业、实施批次", "对已有事项只能与系统一致（导入只发布清单内容的新版本，不调整事项归属）。"],
    ["修改后导入", "由监管部门在“目录管理 → Excel 导入”上传。内容未变化的行不产生新版本；有变化的行发布新版本并记录来源为导入。"],
  ];
  lines.forEach(([k, v]) => {
    const row = ws.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  });
}
