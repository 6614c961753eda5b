// Input of catalog dynamic management (清单动态管理, 晋中方案 三(二)): a department proposes a change to one
// of its own matters, a regulator approves or rejects it. No "server-only": the browser form validates with
// these same schemas (and the same FormData mapping) before the server action validates again.
import { z } from "zod";
import { ZMatterCode, ZMatterEntry } from "./schemas";

const ZId = z.string({ message: "缺少申请编号" }).trim().min(1, "缺少申请编号").max(64, "申请编号格式不正确");

export const ZProposeChange = z.object({
  matterCode: ZMatterCode,
  baseVersion: z.number({ message: "缺少基准版本号，请刷新页面后重新填写" }).int().min(1),
  entry: ZMatterEntry,
  reason: z.string({ message: "请填写调整理由" }).trim().min(5, "调整理由至少5个字：请说明为什么需要调整").max(500, "调整理由不能超过500字"),
});
export type TProposeChange = z.infer<typeof ZProposeChange>;

export const ZApproveProposal = z.object({
  proposalId: ZId,
  note: z.string().trim().max(500, "发布说明不能超过500字").optional(),
});
export type TApproveProposal = z.infer<typeof ZApproveProposal>;

export const ZRejectProposal = z.object({
  proposalId: ZId,
  reason: z.string({ message: "请填写驳回理由" }).trim().min(5, "驳回理由至少5个字：请写明部门需要修改什么").max(500, "驳回理由不能超过500字"),
});
export type TRejectProposal = z.infer<typeof ZRejectProposal>;

/** The material flags, in display order (the form's fieldset and the diff use the same order). */
export const MATERIAL_FLAGS = ["isKey", "waivableByCommitment", "mayBePending", "heldByGovernment"] as const;
const MATERIAL_TEXT = ["documentKey", "name", "description"] as const;

// ─── FormData ↔ input ─────────────────────────────────────────────────────

/** Browsers submit a textarea's line breaks as CRLF: stored text uses "\n" only, so an untouched field is unchanged. */
const text = (v: FormDataEntryValue | null): string | undefined => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : undefined);

/** Whole numbers only: "1e1", "0x10", "3.5" or "-1" are not typed working days. */
function wholeNumber(v: FormDataEntryValue | null): number | undefined {
  const s = text(v)?.trim();
  if (!s) return undefined;
  return /^\d{1,6}$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * The proposal form as submitted: plain fields by name, materials as `materials.<i>.<field>` (rows in
 * position order), flags as checkboxes ("on" when ticked). Returns unvalidated input for ZProposeChange.
 */
export function proposalInputFromFormData(fd: FormData): unknown {
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of fd.entries()) {
    const m = /^materials\.(\d{1,3})\.(\w+)$/.exec(key);
    if (!m) continue;
    const index = Number(m[1]);
    const field = m[2]!;
    const row = rows.get(index) ?? {};
    if ((MATERIAL_TEXT as readonly string[]).includes(field)) row[field] = text(value);
    else if ((MATERIAL_FLAGS as readonly string[]).includes(field)) row[field] = value === "on" || value === "true";
    rows.set(index, row);
  }
  const materials = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => ({
      ...row,
      ...Object.fromEntries(MATERIAL_FLAGS.map((f) => [f, row[f] === true])),
    }));
  return {
    matterCode: text(fd.get("matterCode")),
    baseVersion: wholeNumber(fd.get("baseVersion")),
    reason: text(fd.get("reason")),
    entry: {
      name: text(fd.get("name")),
      legalBasis: text(fd.get("legalBasis")),
      reformMode: text(fd.get("reformMode")),
      reformMeasures: text(fd.get("reformMeasures")),
      supervisionMeasures: text(fd.get("supervisionMeasures")),
      conditions: text(fd.get("conditions")),
      fees: text(fd.get("fees")),
      statutoryDays: wholeNumber(fd.get("statutoryDays")),
      promisedDays: wholeNumber(fd.get("promisedDays")),
      processingType: text(fd.get("processingType")),
      materials,
    },
  };
}

// ─── Errors in plain Chinese ──────────────────────────────────────────────

/**
 * Per-parse error map for the checks the entry schema leaves without a message (e.g. `.max(4000)`):
 * says what to do, in Chinese. Messages written on the schema itself take precedence.
 */
export const zhIssueMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "too_big") {
    if (issue.origin === "string") return `不能超过${String(issue.maximum)}个字，请精简`;
    if (issue.origin === "array") return `最多${String(issue.maximum)}项`;
    return `不能大于${String(issue.maximum)}`;
  }
  if (issue.code === "too_small") {
    if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "不能为空" : `至少${String(issue.minimum)}个字`;
    return `不能小于${String(issue.minimum)}`;
  }
  if (issue.code === "invalid_type") return issue.input === undefined ? "请填写此项" : "格式不正确，请重新填写";
  return undefined;
};

export interface FieldIssue {
  /** Dotted path into the input, e.g. "entry.statutoryDays" or "entry.materials.2.name". */
  path: string;
  message: string;
}

export function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (seen.has(path)) continue; // one message per field: the first is the one to fix first
    seen.add(path);
    out.push({ path, message: issue.message });
  }
  return out;
}

/** The id of the form control a field issue belongs to (the error summary links to it). */
export function fieldIdOf(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

export type ProposalParse = { ok: true; data: TProposeChange } | { ok: false; issues: FieldIssue[] };

export function parseProposalForm(fd: FormData): ProposalParse {
  const parsed = ZProposeChange.safeParse(proposalInputFromFormData(fd), { error: zhIssueMessage });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: fieldIssuesOf(parsed.error) };
}
