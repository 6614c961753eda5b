import { describe, expect, it } from "vitest";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { computeMetrics, zeroCounters, type Counters } from "./definitions";
import { buildCsv, buildExportSections, csvField, csvValue, describeFilters, exportFilenames, fillTrend, type DashboardLike } from "./export-rows";
import type { FilterOptions } from "./filters";

const t = makeT(zhCN);

const counters = (c: Partial<Counters>): Counters => ({ ...zeroCounters(), ...c });

const OPTIONS: FilterOptions = {
  departments: [
    { id: "WINDOW", name: "综合窗口" },
    { id: "d1", name: "市场监督管理局" },
  ],
  matters: [{ id: "m1", code: "LIQUOR_RETAIL", name: "酒类商品零售许可", departmentId: "d1", industry: "零售业", rolloutBatch: 1 }],
  industries: ["零售业"],
  batches: ["1", "-"],
};

function dashboard(): DashboardLike {
  const totals = counters({
    applications: 4,
    fieldsTyped: 75,
    fieldsBaseline: 280,
    completed: 2,
    daysTaken: 14,
    oneTime: 1,
    tasksDecided: 4,
    tasksOnTime: 3,
    returned: 2,
  });
  const march = counters({ applications: 3, completed: 2, oneTime: 1, tasksDecided: 4, tasksOnTime: 3 });
  return {
    filters: { from: "2021-01-15", to: "2021-03-31", dept: "d1", matter: null, industry: null, batch: "-" },
    options: OPTIONS,
    metrics: computeMetrics(totals),
    bucket: "month",
    trend: [
      { key: "2021-01", label: "2021-01", counters: counters({ applications: 1 }), metrics: computeMetrics(counters({ applications: 1 })) },
      { key: "2021-03", label: "2021-03", counters: march, metrics: computeMetrics(march) },
    ],
    byUnit: [{ key: "d1", label: '市场监督管理局, "金山"', metrics: computeMetrics(totals) }],
    overdueTasksNow: 5,
    overdueTicketsNow: 0,
  };
}

/** The CSV parsed back (RFC 4180), without the BOM. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      (row = []), (field = ""), i++;
    } else field += ch;
  }
  return rows;
}

describe("CSV fields (RFC 4180)", () => {
  it("quotes a field with a comma, quote or line break and doubles the quotes inside", () => {
    expect(csvField("plain 文本")).toBe("plain 文本");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField("两\n行")).toBe('"两\n行"');
  });

  it("defuses a field a spreadsheet would run as a formula, but leaves negative numbers alone", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-0.2500")).toBe("-0.2500");
  });

  it("writes shares as fractions with 4 decimals, counts as integers, nothing for no value", () => {
    expect(csvValue({ n: 0.821, kind: "percent" })).toBe("0.8210");
    expect(csvValue({ n: 7.125, kind: "average" })).toBe("7.1250");
    expect(csvValue({ n: 166, kind: "count" })).toBe("166");
    expect(csvValue({ n: null, kind: "percent" })).toBe("");
  });
});

describe("the dashboard as CSV", () => {
  const csv = buildCsv(buildExportSections(dashboard(), t));
  const rows = parseCsv(csv.slice(1));

  it("starts with a UTF-8 byte order mark and ends lines with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has four sections, each a title row and a header row, a blank line between", () => {
    const titles = rows.filter((r, i) => i === 0 || (rows[i - 1]!.length === 1 && rows[i - 1]![0] === "")).map((r) => r[0]);
    expect(titles).toEqual(["主要指标", "趋势", "各部门", "筛选条件"]);
    expect(rows[1]).toEqual(["指标", "数值", "分子", "分母", "口径"]);
  });

  it("gives each metric its value, numerator, denominator and definition", () => {
    const byLabel = new Map(rows.map((r) => [r[0], r]));
    expect(byLabel.get("申请件数")).toEqual(["申请件数", "4", "", "", "期间内提交的申请（不含草稿）。"]);
    expect(byLabel.get("表单字段精简率")!.slice(1, 4)).toEqual(["0.7321", "75", "280"]);
    expect(byLabel.get("平均办理时间（工作日）")!.slice(1, 4)).toEqual(["7.0000", "14", "2"]);
    expect(byLabel.get("按承诺时限办结率")!.slice(1, 4)).toEqual(["0.7500", "3", "4"]);
    // Nothing to divide by: no value, not 0.
    expect(byLabel.get("差评率")!.slice(1, 4)).toEqual(["", "0", "0"]);
    expect(byLabel.get("当前超期未办结的审批任务")![1]).toBe("5");
  });

  it("lists every month of the period in the trend, the empty ones too", () => {
    const start = rows.findIndex((r) => r[0] === "趋势");
    expect(rows[start + 1]!.slice(0, 2)).toEqual(["期间", "申请件数"]);
    expect(rows.slice(start + 2, start + 5).map((r) => r.slice(0, 2))).toEqual([
      ["2021-01", "1"],
      ["2021-02", "0"],
      ["2021-03", "3"],
    ]);
  });

  it("quotes a department name holding a comma and quotes, and reads back the same", () => {
    expect(csv).toContain('"市场监督管理局, ""金山"""');
    expect(rows.some((r) => r[0] === '市场监督管理局, "金山"')).toBe(true);
  });

  it("states the filters in words", () => {
    const start = rows.findIndex((r) => r[0] === "筛选条件" && r.length === 1);
    expect(rows.slice(start + 2)).toEqual([
      ["开始日期", "2021-01-15"],
      ["结束日期", "2021-03-31"],
      ["部门", "市场监督管理局"],
      ["事项", "全部"],
      ["行业", "全部"],
      ["推广批次", "未列入批次"],
    ]);
  });
});

describe("export helpers", () => {
  it("names the file by the period", () => {
    expect(exportFilenames({ from: "2025-11-23", to: "2026-11-22" }, "csv", t)).toEqual({
      filename: "改革绩效_2025-11-23_2026-11-22.csv",
      asciiFilename: "reform-metrics_2025-11-23_2026-11-22.csv",
    });
  });

  it("fills every day of a short period, across a month end", () => {
    const days = fillTrend({ from: "2021-02-27", to: "2021-03-02" }, "day", []).map((b) => b.key);
    expect(days).toEqual(["2021-02-27", "2021-02-28", "2021-03-01", "2021-03-02"]);
  });

  it("fills months across a year end", () => {
    expect(fillTrend({ from: "2025-11-23", to: "2026-02-01" }, "month", []).map((b) => b.key)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("names a matter and a batch in the filters", () => {
    const f = describeFilters({ from: "2021-01-01", to: "2021-01-31", dept: null, matter: "m1", industry: "零售业", batch: "1" }, OPTIONS, t);
    expect(f.map((x) => x.value)).toEqual(["2021-01-01", "2021-01-31", "全部", "酒类商品零售许可（LIQUOR_RETAIL）", "零售业", "第 1 批"]);
  });
});
