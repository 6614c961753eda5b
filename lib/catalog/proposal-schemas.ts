// Input of catalog dynamic management (清单动态管理, 晋中方案 三(二)): a department proposes a change to one
// of its own matters, a regulator approves or rejects it. No "server-only": the browser form validates with
// these same schemas (and the same FormData mapping) before the server action validates again.
import { z } from "zod";
import { issueOf, type InputIssue } from "@/lib/errors";
import { msg } from "@/lib/i18n/core";
import { ZMatterCode, ZMatterEntry, typeError } from "./schemas";

const E = "domain.catalog.errors.input";
const ZId = z
  .string({ error: msg(`${E}.proposalIdMissing`) })
  .trim()
  .min(1, msg(`${E}.proposalIdMissing`))
  .max(64, msg(`${E}.proposalIdInvalid`));

export const ZProposeChange = z.object({
  matterCode: ZMatterCode,
  baseVersion: z
    .number({ error: msg(`${E}.baseVersionMissing`) })
    .int(msg(`${E}.invalidFormat`))
    .min(1, msg(`${E}.tooSmall`)),
  entry: ZMatterEntry,
  reason: z
    .string({ error: msg(`${E}.reasonRequired`) })
    .trim()
    .min(5, msg(`${E}.reasonTooShort`))
    .max(500, msg(`${E}.reasonTooLong`)),
});
export type TProposeChange = z.infer<typeof ZProposeChange>;

export const ZApproveProposal = z.object({
  proposalId: ZId,
  note: z
    .string({ error: typeError })
    .trim()
    .max(500, msg(`${E}.noteTooLong`))
    .optional(),
});
export type TApproveProposal = z.infer<typeof ZApproveProposal>;

export const ZRejectProposal = z.object({
  proposalId: ZId,
  reason: z
    .string({ error: msg(`${E}.rejectReasonRequired`) })
    .trim()
    .min(5, msg(`${E}.rejectReasonTooShort`))
    .max(500, msg(`${E}.rejectReasonTooLong`)),
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

// ─── Problems, one per field ──────────────────────────────────────────────

/** The first problem of each field (the one to fix first), as catalog keys: the form translates them for the visitor. */
export function fieldIssuesOf(error: z.ZodError): InputIssue[] {
  const seen = new Set<string>();
  const out: InputIssue[] = [];
  for (const zodIssue of error.issues) {
    const issue = issueOf(zodIssue);
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    out.push(issue);
  }
  return out;
}

/** The id of the form control a field issue belongs to (the error summary links to it). */
export function fieldIdOf(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

export type ProposalParse = { ok: true; data: TProposeChange } | { ok: false; issues: InputIssue[] };

/** The browser's check before sending (the server action parses the same FormData with the same schema, once). */
export function parseProposalForm(fd: FormData): ProposalParse {
  const parsed = ZProposeChange.safeParse(proposalInputFromFormData(fd));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: fieldIssuesOf(parsed.error) };
}
