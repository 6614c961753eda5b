// Excel export and import of the catalog (涉企经营许可事项清单): round trip, row-by-row validation with
// worksheet row numbers, all-or-nothing vs good-rows-only, versions published only for changed rows.
import zlib from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { exportCatalog } from "@/lib/catalog/xlsx/export-catalog";
import { importCatalog } from "@/lib/catalog/xlsx/import-catalog";
import { CATALOG_SHEET, COLUMNS, type ColumnKey } from "@/lib/catalog/xlsx/columns";
import { importErrorText, type ImportError } from "@/lib/catalog/xlsx/import-errors";
import { isAppError } from "@/lib/errors";
import { english, zh, zhError } from "../support/messages";
import { sessionUserOf } from "../factories";

const NOW = new Date("2026-11-23T02:00:00Z");
let regulator: SessionUser;

beforeAll(async () => {
  regulator = await sessionUserOf("regulator");
});

/** The row problems as the regulator reads them (Chinese, the default locale). */
const texts = (summary: { errors: ImportError[] }) => summary.errors.map((e) => ({ row: e.row, message: importErrorText(e, zh) }));

/** A refusal as the visitor reads it: its code and its words in Chinese. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    return { code: isAppError(e) ? e.code : "UNEXPECTED", message: zhError(e) };
  }
  throw new Error("expected a refusal");
}

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key) + 1;

async function exported(): Promise<Buffer> {
  return (await exportCatalog({ actor: null, now: NOW })).buffer;
}

/** The exported workbook with some cells changed: edits by worksheet row number. */
async function edited(edits: { row: number; key: ColumnKey; value: string | number | null }[], mutate?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exported()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(CATALOG_SHEET)!;
  for (const e of edits) ws.getCell(e.row, col(e.key)).value = e.value;
  mutate?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function codeAt(row: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exported()) as unknown as ExcelJS.Buffer);
  return String(wb.getWorksheet(CATALOG_SHEET)!.getCell(row, col("code")).value);
}

const counts = async () => ({ versions: await getDb().matterVersion.count(), matters: await getDb().matter.count() });
const permitCount = () => getDb().matter.count({ where: { kind: "PERMIT", isActive: true } });

/** A minimal ZIP (stored entries) — enough to look like an Office file that is not a workbook. */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(files).length, 8);
  eocd.writeUInt16LE(Object.keys(files).length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

describe("catalog export", () => {
  it("has one sheet in the official list's columns, every active permit matter, readable Chinese values", async () => {
    const { buffer, filename, rows } = await exportCatalog({ actor: null, now: NOW });
    expect(filename).toBe("涉企经营许可事项清单-2026-11-23.xlsx");
    expect(rows).toBe(await permitCount());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(CATALOG_SHEET)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "序号",
      "基本编码",
      "事项名称",
      "设定依据",
      "审批层级和部门",
      "改革方式",
      "具体改革举措",
      "加强事中事后监管措施",
      "审批方式",
      "法定时限（工作日）",
      "承诺时限（工作日）",
      "许可条件",
      "收费标准",
      "行业",
      "实施批次",
    ]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(col("legalBasis")).width).toBeGreaterThan(20);
    let food: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(col("code")).value === "FOOD_OPERATION") food = r;
    });
    expect(food).toBeDefined();
    expect(food!.getCell(col("department")).value).toBe("区级 / 上海市金山区市场监督管理局");
    expect(food!.getCell(col("reformMode")).value).toBe("实行告知承诺");
    expect(food!.getCell(col("processingType")).value).toBe("即办件");
    expect(food!.getCell(col("statutoryDays")).value).toBe(20);
    expect(food!.getCell(col("rolloutBatch")).value).toBe("第1批");
    // The business registration is not an operating permit: not in this list.
    const codes: unknown[] = [];
    ws.eachRow((r, n) => n > 1 && codes.push(r.getCell(col("code")).value));
    expect(codes).not.toContain("BUSINESS_REGISTRATION");
    expect(codes).toHaveLength(rows);
  });
});

describe("catalog import", () => {
  it("export → import round-trips unchanged: nothing created, nothing updated, no new version", async () => {
    const before = await counts();
    const summary = await importCatalog({ actor: regulator, now: NOW, file: await exported() });
    expect(summary).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: await permitCount(), errors: [] });
    expect(await counts()).toEqual(before);
  });

  it("finds columns by their titles: their order does not matter, a missing one is named", async () => {
    const dropped = await edited([], (ws) => ws.spliceColumns(col("fees"), 1));
    expect(await refusal(importCatalog({ actor: regulator, now: NOW, file: dropped }))).toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining("缺少以下列：“收费标准”"),
    });
    // Swapping two columns (titles and values) is fine.
    const swapped = await edited([], (ws) => {
      const a = col("reformMode");
      const b = col("industry");
      ws.eachRow((r) => {
        const x = r.getCell(a).value;
        r.getCell(a).value = r.getCell(b).value;
        r.getCell(b).value = x;
      });
    });
    const before = await counts();
    expect(await importCatalog({ actor: regulator, now: NOW, file: swapped })).toMatchObject({ updated: 0, created: 0, errors: [] });
    expect(await counts()).toEqual(before);
  });

  it("refuses a whole file with a bad reform mode in row 7 (all-or-nothing); good-rows-only imports the other rows", async () => {
    const db = getDb();
    const changedCode = await codeAt(3);
    const file = await edited([
      { row: 7, key: "reformMode", value: "XXX" },
      { row: 3, key: "fees", value: "按国家规定收费" },
    ]);
    const before = await counts();

    const refused = await importCatalog({ actor: regulator, now: NOW, file });
    expect(refused).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 0 });
    expect(texts(refused)).toEqual([{ row: 7, message: "第7行：改革方式“XXX”无效，应为 直接取消审批、审批改为备案、实行告知承诺、优化审批服务 之一" }]);
    expect(texts(refused)[0]!.message.startsWith("第7行")).toBe(true);
    expect(await counts()).toEqual(before);
    expect((await db.matter.findUniqueOrThrow({ where: { code: changedCode } })).fees).not.toBe("按国家规定收费");

    const partial = await importCatalog({ actor: regulator, now: NOW, file, mode: "good-rows-only" });
    expect(partial).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: (await permitCount()) - 2 });
    expect(partial.errors.map((e) => e.row)).toEqual([7]);
    expect(partial.changes).toEqual([expect.objectContaining({ row: 3, code: changedCode, kind: "updated" })]);
    expect((await db.matter.findUniqueOrThrow({ where: { code: changedCode } })).fees).toBe("按国家规定收费");
    expect((await counts()).versions).toBe(before.versions + 1);
    expect(await db.auditLog.count({ where: { action: "catalog.import" } })).toBeGreaterThanOrEqual(1);
  });

  it("a changed cell publishes exactly one new version (source IMPORT); importing the same file again changes nothing", async () => {
    const db = getDb();
    const row = 5;
    const code = await codeAt(row);
    const matter = await db.matter.findUniqueOrThrow({ where: { code } });
    const measures = `${matter.supervisionMeasures}\n对投诉举报集中的经营者提高检查频次。`;
    const file = await edited([{ row, key: "supervisionMeasures", value: measures }]);

    const summary = await importCatalog({ actor: regulator, now: NOW, file });
    expect(summary).toMatchObject({ applied: true, created: 0, updated: 1, errors: [] });
    const after = await db.matter.findUniqueOrThrow({ where: { code }, include: { versions: { orderBy: { version: "desc" } } } });
    expect(after.catalogVersion).toBe(matter.catalogVersion + 1);
    expect(after.supervisionMeasures).toBe(measures);
    expect(after.versions).toHaveLength(matter.catalogVersion + 1);
    expect(after.versions[0]).toMatchObject({ version: after.catalogVersion, source: "IMPORT", publishedById: regulator.id });
    // Materials are not a column: the matter keeps its own.
    expect(await db.materialRequirement.count({ where: { matterId: matter.id } })).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { action: "catalog.publish", entityId: matter.id } })).toBe(1);

    const again = await importCatalog({ actor: regulator, now: NOW, file });
    expect(again).toMatchObject({ updated: 0, created: 0 });
    expect((await db.matter.findUniqueOrThrow({ where: { code } })).catalogVersion).toBe(after.catalogVersion);
  });

  it("reports every bad row with its row number and reason, not just the first", async () => {
    const dupCode = await codeAt(9);
    const file = await edited([
      { row: 2, key: "name", value: "" },
      { row: 3, key: "statutoryDays", value: "二十" },
      { row: 4, key: "statutoryDays", value: 5 },
      { row: 4, key: "promisedDays", value: 8 },
      { row: 5, key: "department", value: "区级 / 不存在的管理局" },
      { row: 6, key: "processingType", value: "当场办" },
      { row: 8, key: "code", value: dupCode },
      { row: 10, key: "rolloutBatch", value: "第9批" },
      { row: 11, key: "department", value: "上海市金山区市场监督管理局" },
    ]);
    const before = await counts();
    const summary = await importCatalog({ actor: regulator, now: NOW, file });
    expect(summary.applied).toBe(false);
    const byRow = (n: number) => summary.errors.filter((e) => e.row === n).map((e) => importErrorText(e, zh));
    const byRowEn = (n: number) => summary.errors.filter((e) => e.row === n).map((e) => importErrorText(e, english));
    expect(byRow(2)).toEqual([expect.stringMatching(/^第2行：事项名称/)]);
    expect(byRow(3)).toEqual(["第3行：法定时限（工作日）“二十”应为不小于0的整数（工作日数）"]);
    expect(byRow(4)).toEqual(["第4行：承诺时限（8）不能超过法定时限（5）"]);
    expect(byRow(5)).toEqual(["第5行：审批部门“不存在的管理局”不存在，请填写系统中的部门全称"]);
    expect(byRow(6)).toEqual(["第6行：审批方式“当场办”无效，应为 即办件、承诺件 之一"]);
    expect(byRow(8)).toEqual([`第8行：基本编码“${dupCode}”在文件中重复出现（第8、9行），每个事项只能有一行`]);
    expect(byRow(9)).toEqual([`第9行：基本编码“${dupCode}”在文件中重复出现（第8、9行），每个事项只能有一行`]);
    expect(byRow(10)).toEqual(["第10行：实施批次“第9批”无效，应为 第1批、第2批、第3批 或留空"]);
    expect(byRow(11)[0]).toMatch(/^第11行：审批层级和部门“上海市金山区市场监督管理局”格式不正确/);
    expect(new Set(summary.errors.map((e) => e.row))).toEqual(new Set([2, 3, 4, 5, 6, 8, 9, 10, 11]));
    expect(summary.errors.every((e) => importErrorText(e, zh).startsWith(`第${e.row}行：`))).toBe(true);
    // The English UI says the same without Chinese words of its own (quoted cell values and the values the sheet
    // accepts are the file's data: the regulator types them in Chinese).
    expect(byRowEn(2)).toEqual([expect.stringMatching(/^Row 2: (Matter name|The matter name)[^\u4e00-\u9fff]+$/)]);
    expect(byRowEn(4)).toEqual(["Row 4: The promised time limit (8) cannot exceed the statutory time limit (5)"]);
    expect(byRowEn(6)).toEqual(["Row 6: Processing type “当场办” is not valid: choose one of the values in the column's drop-down list (即办件, 承诺件)"]);
    expect(byRowEn(8)).toEqual([`Row 8: The matter code “${dupCode}” appears more than once in the file (rows 8, 9); each matter may have one row only`]);
    expect(byRowEn(10)).toEqual(["Row 10: The rollout batch “第9批” is not valid: choose one of 第1批, 第2批, 第3批 in the drop-down list, or leave it empty"]);
    expect(await counts()).toEqual(before);
  });

  it("an unknown 基本编码 creates a new PERMIT matter at version 1 without materials, searchable", async () => {
    const db = getDb();
    const last = (await permitCount()) + 2;
    const file = await edited([], (ws) => {
      const values: Partial<Record<ColumnKey, string | number>> = {
        seq: last - 1,
        code: "PET_GROOMING_FILING",
        name: "宠物美容服务备案",
        legalBasis: "《上海市养犬管理条例》",
        department: "区级 / 区市场监管局",
        reformMode: "审批改为备案",
        reformMeasures: "审批改为备案，当场办理。",
        supervisionMeasures: "纳入“双随机、一公开”抽查。",
        processingType: "即办件",
        statutoryDays: 0,
        promisedDays: 0,
        conditions: "具有固定经营场所",
        fees: "不收费",
        industry: "宠物服务",
        rolloutBatch: "",
      };
      const row = ws.getRow(last);
      for (const [key, value] of Object.entries(values)) row.getCell(col(key as ColumnKey)).value = value;
    });
    const summary = await importCatalog({ actor: regulator, now: NOW, file });
    expect(summary).toMatchObject({ applied: true, created: 1, updated: 0, errors: [] });
    expect(summary.changes).toEqual([expect.objectContaining({ row: last, code: "PET_GROOMING_FILING", kind: "created", version: 1 })]);
    const m = await db.matter.findUniqueOrThrow({ where: { code: "PET_GROOMING_FILING" }, include: { versions: true, materials: true, department: true } });
    expect(m).toMatchObject({ kind: "PERMIT", reformMode: "FILING", catalogVersion: 1, industry: "宠物服务", rolloutBatch: null, level: "DISTRICT" });
    expect(m.department.code).toBe("SCJG");
    expect(m.materials).toEqual([]);
    expect(m.versions).toHaveLength(1);
    expect(m.versions[0]).toMatchObject({ version: 1, source: "IMPORT", publishedById: regulator.id });
    expect(m.searchTokens).toEqual(expect.arrayContaining(["宠物", "美容", "pet"]));
    expect(await db.auditLog.count({ where: { action: "catalog.create", entityId: m.id } })).toBe(1);
  });

  it("an import may not move an existing matter to another department", async () => {
    const file = await edited([{ row: 2, key: "department", value: "区级 / 上海市金山区商务委员会" }]);
    const summary = await importCatalog({ actor: regulator, now: NOW, file });
    expect(summary.applied).toBe(false);
    expect(texts(summary)).toEqual([{ row: 2, message: expect.stringMatching(/^第2行：审批层级和部门与系统不一致/) }]);
  });

  it("refuses what is not an .xlsx workbook, by its content", async () => {
    const cases: [string, Buffer, RegExp][] = [
      ["text named .xlsx", Buffer.from("序号,基本编码\n1,FOOD_OPERATION\n"), /不是 Excel 工作簿/],
      ["a ZIP that is not a workbook (e.g. .docx)", zipOf({ "word/document.xml": "<w:document/>" }), /不是 Excel 工作簿/],
      ["a legacy .xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /\.xls/],
      ["a truncated workbook", (await exported()).subarray(0, 2000), /损坏|不完整/],
      ["an empty file", Buffer.alloc(0), /空的/],
      ["a file over 5 MB", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(5 * 1024 * 1024)]), /超过 5 MB/],
    ];
    const before = await counts();
    for (const [label, file, message] of cases) {
      expect(await refusal(importCatalog({ actor: regulator, now: NOW, file })), label).toMatchObject({
        code: "BAD_INPUT",
        message: expect.stringMatching(message),
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("only the regulator may import; anyone may export", async () => {
    for (const name of ["dept-scjg", "applicant", "window", "admin"]) {
      await expect(importCatalog({ actor: await sessionUserOf(name), now: NOW, file: await exported() }), name).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportCatalog({ actor: await sessionUserOf(name), now: NOW }), name).resolves.toBeTruthy();
    }
  });
});

describe("export with the catalog page's filters", () => {
  it("writes exactly the rows the same search shows; unknown filter values are ignored", async () => {
    const filing = await getDb().matter.count({ where: { kind: "PERMIT", isActive: true, reformMode: "FILING" } });
    expect((await exportCatalog({ actor: null, now: NOW, filters: { mode: "FILING" } })).rows).toBe(filing);
    const food = await getDb().matter.count({ where: { kind: "PERMIT", isActive: true, name: { contains: "食品" } } });
    expect((await exportCatalog({ actor: null, now: NOW, filters: { q: "食品" } })).rows).toBe(food);
    const all = await getDb().matter.count({ where: { kind: "PERMIT", isActive: true } });
    expect((await exportCatalog({ actor: null, now: NOW, filters: { mode: "NOT_A_MODE" } })).rows).toBe(all);
  });
});
