// The Excel shape of the catalog: the columns of the official lists (晋中方案 三(一): 事项名称、设定依据、
// 审批层级和部门、改革方式、具体改革举措、加强事中事后监管措施、审批方式), plus the time limits, conditions,
// fees, industry and 一照通行 batch the portal keeps. Export and import share these definitions, so an
// exported file imports unchanged.
import type { AdminLevel, ProcessingType, ReformMode } from "@/lib/generated/prisma/enums";

export const CATALOG_SHEET = "涉企经营许可事项清单";
export const NOTES_SHEET = "填写说明";

export type ColumnKey =
  | "seq"
  | "code"
  | "name"
  | "legalBasis"
  | "department"
  | "reformMode"
  | "reformMeasures"
  | "supervisionMeasures"
  | "processingType"
  | "statutoryDays"
  | "promisedDays"
  | "conditions"
  | "fees"
  | "industry"
  | "rolloutBatch";

export interface ColumnDef {
  key: ColumnKey;
  title: string;
  width: number;
  /** Import refuses a file without this column. */
  required: boolean;
  /** Long text: wrapped, top-aligned. */
  wrap?: boolean;
}

export const COLUMNS: readonly ColumnDef[] = [
  { key: "seq", title: "序号", width: 6, required: false },
  { key: "code", title: "基本编码", width: 28, required: true },
  { key: "name", title: "事项名称", width: 26, required: true, wrap: true },
  { key: "legalBasis", title: "设定依据", width: 42, required: true, wrap: true },
  { key: "department", title: "审批层级和部门", width: 32, required: true, wrap: true },
  { key: "reformMode", title: "改革方式", width: 14, required: true },
  { key: "reformMeasures", title: "具体改革举措", width: 60, required: true, wrap: true },
  { key: "supervisionMeasures", title: "加强事中事后监管措施", width: 60, required: true, wrap: true },
  { key: "processingType", title: "审批方式", width: 10, required: true },
  { key: "statutoryDays", title: "法定时限（工作日）", width: 12, required: true },
  { key: "promisedDays", title: "承诺时限（工作日）", width: 12, required: true },
  { key: "conditions", title: "许可条件", width: 50, required: true, wrap: true },
  { key: "fees", title: "收费标准", width: 16, required: true, wrap: true },
  { key: "industry", title: "行业", width: 12, required: true },
  { key: "rolloutBatch", title: "实施批次", width: 10, required: true },
];

export const COLUMN_TITLE: Readonly<Record<ColumnKey, string>> = Object.fromEntries(COLUMNS.map((c) => [c.key, c.title])) as Record<ColumnKey, string>;

/** 改革方式 as the official lists write them. */
export const REFORM_MODE_NAMES: Readonly<Record<ReformMode, string>> = {
  CANCEL: "直接取消审批",
  FILING: "审批改为备案",
  COMMITMENT: "实行告知承诺",
  OPTIMIZE: "优化审批服务",
};

/** 审批方式 (办理类型). */
export const PROCESSING_TYPE_NAMES: Readonly<Record<ProcessingType, string>> = {
  INSTANT: "即办件",
  COMMITTED: "承诺件",
};

/** 审批层级. A Shanghai municipal bureau is PROVINCE (a province-level municipality). */
export const LEVEL_NAMES: Readonly<Record<AdminLevel, string>> = {
  NATIONAL: "国家级",
  PROVINCE: "省级",
  CITY: "市级",
  DISTRICT: "区级",
};

/** Spellings accepted on import besides LEVEL_NAMES. */
export const LEVEL_ALIASES: Readonly<Record<string, AdminLevel>> = {
  国家: "NATIONAL",
  国家级: "NATIONAL",
  省: "PROVINCE",
  省级: "PROVINCE",
  市: "CITY",
  市级: "CITY",
  设区的市级: "CITY",
  区: "DISTRICT",
  区级: "DISTRICT",
  县: "DISTRICT",
  县级: "DISTRICT",
  区县级: "DISTRICT",
};

export const MAX_BATCH = 3;

export function batchLabel(batch: number | null): string {
  return batch === null ? "" : `第${batch}批`;
}

export function departmentCell(level: AdminLevel, departmentName: string): string {
  return `${LEVEL_NAMES[level]} / ${departmentName}`;
}

/** Header titles compared loosely: full-width/half-width brackets and spaces do not matter. */
export function normalizeTitle(title: string): string {
  return title.normalize("NFKC").replace(/\s+/g, "").trim();
}
