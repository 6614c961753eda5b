// Import of the catalog from an Excel workbook (清单动态管理, 晋中方案 三(二): 市市场监管局统一公布).
// Every row is checked and every problem reported with its worksheet row number. By default one bad row
// refuses the whole file; "good-rows-only" imports the rows without problems. Changed rows publish a new
// version (source IMPORT) through publishMatterVersion; unchanged rows publish nothing; unknown 基本编码
// create a new PERMIT matter at version 1. Everything that is written, is written in ONE transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { ZMatterCode } from "../schemas";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, issueOf } from "@/lib/errors";
import { shanghaiDate, isoDay } from "@/lib/calendar/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdminLevel, ProcessingType, ReformMode } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/core";
import { diffEntries, entryOf } from "../entry";
import { publishMatterVersion } from "../publish-version";
import { ZMatterEntry, type TMatterEntry } from "../schemas";
import { searchTokensFor } from "../search-tokens";
import {
  CATALOG_SHEET,
  COLUMNS,
  COLUMN_TITLE,
  LEVEL_ALIASES,
  LEVEL_NAMES,
  MAX_BATCH,
  PROCESSING_TYPE_NAMES,
  REFORM_MODE_NAMES,
  batchLabel,
  normalizeTitle,
  type ColumnKey,
} from "./columns";
import { inspectUpload } from "./inspect-upload";
import { rowProblem, type ImportColumn, type ImportError } from "./import-errors";

export type { ImportError } from "./import-errors";

import { IMPORT_MODES, type ImportMode } from "./import-schema";

export { IMPORT_MODES, type ImportMode } from "./import-schema";

const E = "domain.catalog.errors.import";
const R = "domain.catalog.errors.row";

const MAX_DATA_ROWS = 2000;
const HEADER_SEARCH_ROWS = 10;

export interface ImportSummary {
  mode: ImportMode;
  /** False when the file was refused (all-or-nothing with bad rows): nothing was written. */
  applied: boolean;
  /** Data rows read (blank rows skipped). */
  rows: number;
  /** Rows without problems. */
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  /** What was written: one line per created or updated matter. */
  changes: { row: number; code: string; name: string; kind: "created" | "updated"; version: number }[];
}

// ─── Reading cells ────────────────────────────────────────────────────────

/** A cell as text, whatever Excel stored: rich text, formula results, hyperlinks, numbers. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replace(/\r\n?/g, "\n");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return isoDay(value);
  if ("richText" in value)
    return value.richText
      .map((r) => r.text)
      .join("")
      .replace(/\r\n?/g, "\n");
  if ("hyperlink" in value) return String(value.text ?? "");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null ? "" : cellText(result as ExcelJS.CellValue);
  }
  if ("error" in value) return String(value.error);
  return "";
}

interface RawRow {
  row: number;
  cells: Record<ColumnKey, string>;
}

function findHeader(ws: ExcelJS.Worksheet): { row: number; columns: Map<ColumnKey, number> } | null {
  const byTitle = new Map(COLUMNS.map((c) => [normalizeTitle(c.title), c.key]));
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const columns = new Map<ColumnKey, number>();
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      const key = byTitle.get(normalizeTitle(cellText(cell.value)));
      if (key && !columns.has(key)) columns.set(key, col);
    });
    if (columns.has("code") && columns.has("name")) return { row: r, columns };
  }
  return null;
}

async function readSheet(file: Buffer): Promise<RawRow[]> {
  const verdict = inspectUpload(file);
  if (!verdict.ok) throw new AppError("BAD_INPUT", verdict.key, verdict.params);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); Node's Buffer is what it actually reads.
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError("BAD_INPUT", `${E}.unreadable`);
  }
  const sheets = [wb.getWorksheet(CATALOG_SHEET), ...wb.worksheets].filter((s): s is ExcelJS.Worksheet => !!s);
  let found: { ws: ExcelJS.Worksheet; header: NonNullable<ReturnType<typeof findHeader>> } | null = null;
  for (const ws of sheets) {
    const header = findHeader(ws);
    if (header) {
      found = { ws, header };
      break;
    }
  }
  if (!found) {
    throw new AppError("BAD_INPUT", `${E}.noHeader`, { rows: HEADER_SEARCH_ROWS });
  }
  const { ws, header } = found;
  const missing = COLUMNS.filter((c) => c.required && !header.columns.has(c.key)).map((c) => `“${c.title}”`);
  if (missing.length > 0) {
    // The titles are the sheet's format (its headers must match exactly), so they are named as the sheet writes them.
    throw new AppError("BAD_INPUT", `${E}.missingColumns`, { row: header.row, columns: missing.join("、") });
  }
  const rows: RawRow[] = [];
  // Only rows that hold something: one formatted cell far down must not make a million empty rows.
  const present: { r: number; row: ExcelJS.Row }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > header.row) present.push({ r, row });
  });
  for (const { r, row } of present) {
    const cells = Object.fromEntries(
      COLUMNS.map((c) => {
        const col = header.columns.get(c.key);
        return [c.key, col ? cellText(row.getCell(col).value).trim() : ""];
      }),
    ) as Record<ColumnKey, string>;
    const { seq: _seq, ...content } = cells;
    if (Object.values(content).every((v) => v === "")) continue; // blank (or only numbered) rows
    rows.push({ row: r, cells });
    if (rows.length > MAX_DATA_ROWS) throw new AppError("BAD_INPUT", `${E}.tooManyRows`, { max: MAX_DATA_ROWS });
  }
  if (rows.length === 0) throw new AppError("BAD_INPUT", `${E}.noRows`, { sheet: ws.name });
  return rows;
}

// ─── Validating rows ──────────────────────────────────────────────────────

const MODE_BY_NAME = new Map(Object.entries(REFORM_MODE_NAMES).map(([k, v]) => [v, k as ReformMode]));
const TYPE_BY_NAME = new Map(Object.entries(PROCESSING_TYPE_NAMES).map(([k, v]) => [v, k as ProcessingType]));

interface KnownMatter {
  id: string;
  code: string;
  name: string;
  kind: "REGISTRATION" | "PERMIT";
  isActive: boolean;
  departmentId: string;
  level: AdminLevel;
  industry: string;
  rolloutBatch: number | null;
  catalogVersion: number;
  entry: TMatterEntry;
}

interface Department {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

type Planned =
  | { row: number; kind: "unchanged"; code: string }
  | { row: number; kind: "update"; code: string; matter: KnownMatter; entry: TMatterEntry }
  | {
      row: number;
      kind: "create";
      code: string;
      entry: TMatterEntry;
      departmentId: string;
      level: AdminLevel;
      industry: string;
      rolloutBatch: number | null;
    };

type Problem = Omit<ImportError, "row">;

const required = (column: ImportColumn): Problem => rowProblem(`${R}.columnRequired`, {}, { column });

function wholeDays(text: string, column: "statutoryDays" | "promisedDays", problems: Problem[]): number | undefined {
  if (text === "") {
    problems.push(required(column));
    return undefined;
  }
  if (!/^\d{1,3}(\.0+)?$/.test(text)) {
    problems.push(rowProblem(`${R}.daysNotWhole`, { value: text }, { column }));
    return undefined;
  }
  return Number(text);
}

function parseBatch(text: string, problems: Problem[]): number | null | undefined {
  if (text === "") return null;
  const m = /^第?\s*(\d+)\s*批?$/.exec(text);
  const n = m ? Number(m[1]) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_BATCH) {
    const allowed = Array.from({ length: MAX_BATCH }, (_, i) => batchLabel(i + 1));
    problems.push(rowProblem(`${R}.batchInvalid`, { value: text, max: MAX_BATCH }, { column: "rolloutBatch", lists: { allowed } }));
    return undefined;
  }
  return n;
}

function parseDepartment(text: string, departments: Department[], problems: Problem[]): { level: AdminLevel; departmentId: string } | undefined {
  if (text === "") {
    problems.push(required("department"));
    return undefined;
  }
  const parts = text.split(/\s*[/／]\s*/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    const example = departments[0]?.name ?? "上海市金山区市场监督管理局";
    problems.push(rowProblem(`${R}.departmentFormat`, { value: text, example }, { column: "department" }));
    return undefined;
  }
  const level = LEVEL_ALIASES[parts[0]];
  const dept = departments.find((d) => d.name === parts[1] || d.shortName === parts[1] || d.code === parts[1]);
  if (!level) problems.push(rowProblem(`${R}.levelInvalid`, { value: parts[0] }, { lists: { allowed: Object.values(LEVEL_NAMES) } }));
  if (!dept) problems.push(rowProblem(`${R}.departmentUnknown`, { value: parts[1] }));
  return level && dept ? { level, departmentId: dept.id } : undefined;
}

/** A schema problem on one of the entry's fields, said in its column. */
function columnProblem(field: string, issue: ReturnType<typeof issueOf>): Problem {
  const column = (field in COLUMN_TITLE || field === "materials" ? field : undefined) as ImportColumn | undefined;
  return rowProblem(issue.key as MessageKey, issue.params, column ? { column, prefixed: true } : {});
}

function validateRow(
  raw: RawRow,
  known: Map<string, KnownMatter>,
  departments: Department[],
  duplicateOf: Map<string, number[]>,
): { problems: Problem[]; plan?: Planned } {
  const c = raw.cells;
  const problems: Problem[] = [];

  const code = c.code;
  if (code === "") problems.push(required("code"));
  else if (!ZMatterCode.safeParse(code).success) problems.push(rowProblem(`${R}.codeFormat`, { code }));
  const rowsWithCode = duplicateOf.get(code) ?? [];
  const isDuplicate = code !== "" && rowsWithCode.length > 1;
  if (isDuplicate) problems.push(rowProblem(`${R}.codeDuplicate`, { code }, { lists: { rows: rowsWithCode } }));
  const existing = known.get(code);
  if (existing?.kind === "REGISTRATION") problems.push(rowProblem(`${R}.codeIsRegistration`, { code }));
  else if (existing && !existing.isActive) problems.push(rowProblem(`${R}.codeInactive`, { code }));

  const reformMode = MODE_BY_NAME.get(c.reformMode);
  if (c.reformMode === "") problems.push(required("reformMode"));
  else if (!reformMode) {
    problems.push(rowProblem(`${R}.valueNotAllowed`, { value: c.reformMode }, { column: "reformMode", lists: { allowed: Object.values(REFORM_MODE_NAMES) } }));
  }
  const processingType = TYPE_BY_NAME.get(c.processingType);
  if (c.processingType === "") problems.push(required("processingType"));
  else if (!processingType) {
    problems.push(
      rowProblem(`${R}.valueNotAllowed`, { value: c.processingType }, { column: "processingType", lists: { allowed: Object.values(PROCESSING_TYPE_NAMES) } }),
    );
  }
  const statutoryDays = wholeDays(c.statutoryDays, "statutoryDays", problems);
  const promisedDays = wholeDays(c.promisedDays, "promisedDays", problems);
  // Checked here too: the schema's own check runs only once every other column is valid.
  const promisedTooLong = statutoryDays !== undefined && promisedDays !== undefined && promisedDays > statutoryDays;
  if (promisedTooLong) problems.push(rowProblem(`${R}.promisedOverStatutory`, { promised: promisedDays, statutory: statutoryDays }));
  const placement = parseDepartment(c.department, departments, problems);
  const rolloutBatch = parseBatch(c.rolloutBatch, problems);
  if (c.industry.length > 50) problems.push(rowProblem(`${R}.industryTooLong`, { maximum: 50 }));

  const candidate = {
    name: c.name,
    legalBasis: c.legalBasis,
    reformMode,
    reformMeasures: c.reformMeasures,
    supervisionMeasures: c.supervisionMeasures,
    conditions: c.conditions,
    fees: c.fees,
    statutoryDays,
    promisedDays,
    processingType,
    // Materials are not a column: an existing matter keeps its own, a new one starts with none.
    materials: existing?.entry.materials ?? [],
  };
  const reported = new Set<string>([
    "reformMode",
    "processingType",
    ...(statutoryDays === undefined ? ["statutoryDays"] : []),
    ...(promisedDays === undefined || promisedTooLong ? ["promisedDays"] : []),
  ]);
  const parsed = ZMatterEntry.safeParse(candidate);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (reported.has(field) || seen.has(field)) continue;
      seen.add(field);
      problems.push(columnProblem(field, issueOf(issue)));
    }
  }

  // (A duplicated code does not say which matter the row is: comparing it with one would only add noise.)
  if (existing && existing.kind === "PERMIT" && existing.isActive && !isDuplicate && placement && rolloutBatch !== undefined) {
    // Placement is not part of a published version: an import may not move a matter to another
    // department or batch behind the versioned history's back.
    if (placement.departmentId !== existing.departmentId || placement.level !== existing.level) {
      const dept = departments.find((d) => d.id === existing.departmentId);
      problems.push(rowProblem(`${R}.departmentMismatch`, { level: LEVEL_NAMES[existing.level], department: dept?.name ?? "" }, { column: "department" }));
    }
    if (c.industry !== existing.industry) problems.push(rowProblem(`${R}.industryMismatch`, { industry: existing.industry }));
    if (rolloutBatch !== existing.rolloutBatch) {
      problems.push(
        existing.rolloutBatch === null ? rowProblem(`${R}.batchMismatchEmpty`) : rowProblem(`${R}.batchMismatch`, { batch: existing.rolloutBatch }),
      );
    }
  }
  if (!existing && c.industry === "") problems.push(rowProblem(`${R}.industryRequired`));

  if (problems.length > 0 || !parsed.success || !placement || rolloutBatch === undefined) return { problems };
  const entry = parsed.data;
  if (existing) {
    return diffEntries(existing.entry, entry).length === 0
      ? { problems, plan: { row: raw.row, kind: "unchanged", code } }
      : { problems, plan: { row: raw.row, kind: "update", code, matter: existing, entry } };
  }
  return {
    problems,
    plan: { row: raw.row, kind: "create", code, entry, departmentId: placement.departmentId, level: placement.level, industry: c.industry, rolloutBatch },
  };
}

// ─── Import ───────────────────────────────────────────────────────────────

export async function importCatalog({
  actor,
  now,
  file,
  mode = "all-or-nothing",
}: {
  actor: SessionUser;
  now: Date;
  file: Buffer;
  mode?: ImportMode;
}): Promise<ImportSummary> {
  assertCan(actor.role, "catalog.publish");
  if (!(IMPORT_MODES as readonly string[]).includes(mode)) throw new AppError("BAD_INPUT", `${E}.badMode`);
  const rows = await readSheet(file);
  const db = getDb();

  // The versions read here are the ones every update is based on (expectedVersion): anything published
  // between now and the write makes the whole import a conflict rather than overwrite it.
  const [matters, departments] = await Promise.all([
    db.matter.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.cells.code).filter(Boolean))] } }, include: { materials: true } }),
    db.department.findMany({ select: { id: true, code: true, name: true, shortName: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  const known = new Map<string, KnownMatter>(
    matters.map((m) => [
      m.code,
      {
        id: m.id,
        code: m.code,
        name: m.name,
        kind: m.kind,
        isActive: m.isActive,
        departmentId: m.departmentId,
        level: m.level,
        industry: m.industry,
        rolloutBatch: m.rolloutBatch,
        catalogVersion: m.catalogVersion,
        entry: entryOf(m),
      },
    ]),
  );
  const duplicateOf = new Map<string, number[]>();
  for (const r of rows) if (r.cells.code) duplicateOf.set(r.cells.code, [...(duplicateOf.get(r.cells.code) ?? []), r.row]);

  const errors: ImportError[] = [];
  const plans: Planned[] = [];
  for (const raw of rows) {
    const { problems, plan } = validateRow(raw, known, departments, duplicateOf);
    for (const p of problems) errors.push({ row: raw.row, ...p });
    if (plan) plans.push(plan);
  }

  const summary: ImportSummary = {
    mode,
    applied: false,
    rows: rows.length,
    validRows: plans.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
    changes: [],
  };
  if (errors.length > 0 && mode === "all-or-nothing") return summary;

  const effectiveFrom = shanghaiDate(now);
  const importId = randomUUID();
  try {
    await db.$transaction(
      async (tx) => {
        for (const plan of plans) {
          if (plan.kind === "unchanged") {
            summary.unchanged++;
          } else if (plan.kind === "update") {
            const version = await publishMatterVersion(tx, {
              matterId: plan.matter.id,
              entry: plan.entry,
              expectedVersion: plan.matter.catalogVersion,
              source: "IMPORT",
              actorId: actor.id,
              now,
              effectiveFrom,
              note: `Excel 导入（第${plan.row}行）`,
            });
            if (version === null) summary.unchanged++;
            else {
              summary.updated++;
              summary.changes.push({ row: plan.row, code: plan.code, name: plan.entry.name, kind: "updated", version });
            }
          } else {
            await createMatter(tx, plan, { actorId: actor.id, now, effectiveFrom });
            summary.created++;
            summary.changes.push({ row: plan.row, code: plan.code, name: plan.entry.name, kind: "created", version: 1 });
          }
        }
        await writeAudit(tx, {
          actorId: actor.id,
          action: "catalog.import",
          entityType: "CatalogImport",
          entityId: importId,
          after: {
            mode,
            rows: summary.rows,
            created: summary.created,
            updated: summary.updated,
            unchanged: summary.unchanged,
            skippedRows: [...new Set(errors.map((e) => e.row))],
          },
          at: now,
        });
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (e) {
    if ((e as { code?: unknown }).code === "P2002") {
      throw new AppError("CONFLICT", `${E}.conflict`);
    }
    throw e;
  }
  summary.applied = true;
  return summary;
}

async function createMatter(
  tx: Prisma.TransactionClient,
  plan: Extract<Planned, { kind: "create" }>,
  { actorId, now, effectiveFrom }: { actorId: string; now: Date; effectiveFrom: Date },
): Promise<void> {
  const { entry } = plan;
  const matter = await tx.matter.create({
    data: {
      code: plan.code,
      kind: "PERMIT",
      name: entry.name,
      legalBasis: entry.legalBasis,
      departmentId: plan.departmentId,
      level: plan.level,
      industry: plan.industry,
      reformMode: entry.reformMode,
      reformMeasures: entry.reformMeasures,
      supervisionMeasures: entry.supervisionMeasures,
      conditions: entry.conditions,
      fees: entry.fees,
      statutoryDays: entry.statutoryDays,
      promisedDays: entry.promisedDays,
      processingType: entry.processingType,
      rolloutBatch: plan.rolloutBatch,
      catalogVersion: 1,
      searchTokens: searchTokensFor(entry.name, plan.code, plan.industry),
      createdAt: now,
    },
    select: { id: true },
  });
  await tx.matterVersion.create({
    data: {
      matterId: matter.id,
      version: 1,
      snapshot: entry as unknown as Prisma.InputJsonValue,
      source: "IMPORT",
      effectiveFrom,
      publishedById: actorId,
      note: `Excel 导入新增（第${plan.row}行）`,
      createdAt: now,
    },
  });
  await writeAudit(tx, {
    actorId,
    action: "catalog.create",
    entityType: "Matter",
    entityId: matter.id,
    after: { code: plan.code, version: 1, entry } as unknown as Prisma.InputJsonValue,
    at: now,
  });
}
