import "server-only";
// What the one-form page needs besides the merged form (get-application-form.ts): the distinct documents
// to provide (one row per documentKey: one document serves every matter asking for it), the commitments
// of COMMITMENT-mode matters with the exact text to sign, the credit restriction, and — once submitted —
// the summary stored on the Application (SCENARIOS.md counters, 备案回执编号).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { commitmentText, FALSE_COMMITMENT_CONSEQUENCE } from "./commitment-text";

export interface ApplyDocument {
  documentKey: string;
  name: string;
  description: string;
  /** Matters asking for it; `waived` when that matter's signed commitment replaces it. */
  matters: { code: string; name: string; waivableByCommitment: boolean; waived: boolean }[];
  isKey: boolean;
  /** 容缺 allowed: every requirement with this key is non-key and may be pending. */
  mayBePending: boolean;
  /** 政府已掌握，免交 */
  heldByGovernment: boolean;
  /** Nothing left to provide: held by government, or every asking matter waives it by a signed commitment. */
  notNeeded: boolean;
  uploadedFileName: string | null;
  pendingDeadline: Date | null;
}

export interface ApplyCommitment {
  code: string;
  name: string;
  conditions: string[];
  consequence: string;
  text: string;
  textVersion: string;
  textHash: string;
  signed: boolean;
  signedAt: Date | null;
  /** Signed, but on an older text: must be read and signed again. */
  outdated: boolean;
  waives: string[];
}

export interface ApplyPage {
  id: string;
  status: string;
  submittedAt: Date | null;
  documents: ApplyDocument[];
  commitments: ApplyCommitment[];
  credit: { restricted: boolean; reason: string | null };
  summary: {
    fieldsBaseline: number;
    fieldsTyped: number;
    materialsBaseline: number;
    materialsSubmitted: number;
    receipts: { matterName: string; receiptNumber: string }[];
  };
}

export async function getApplyPage({ actor, applicationId, now }: { actor: SessionUser; applicationId: string; now: Date }): Promise<ApplyPage> {
  assertCan(actor.role, "application.viewOwn");
  const db = getDb();
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: actor.id },
    include: {
      items: { include: { matter: { include: { materials: { orderBy: { sortOrder: "asc" } } } }, commitment: true } },
      materials: true,
      pending: true,
    },
  });
  if (!app) throw new AppError("NOT_FOUND", "申请不存在");
  // Same order as the merged form: registration first, then the permits by code.
  const items = [...app.items].sort((a, b) => (a.matter.kind === b.matter.kind ? a.matter.code.localeCompare(b.matter.code) : a.matter.kind === "REGISTRATION" ? -1 : 1));

  // Credit first: a commitment waives materials only while the enterprise may use commitments at all.
  const credit = await creditRestriction({ db, enterpriseId: app.enterpriseId, now });
  const commitments: ApplyCommitment[] = [];
  const validCommitment = new Set<string>();
  for (const item of items) {
    const m = item.matter;
    if (m.reformMode !== "COMMITMENT") continue;
    const waives = m.materials.filter((x) => x.waivableByCommitment).map((x) => x.name);
    const current = commitmentText({ code: m.code, name: m.name, catalogVersion: m.catalogVersion, conditions: m.conditions, waivedMaterials: waives });
    const signed = item.useCommitment && item.commitment !== null;
    if (signed && item.commitment!.textHash === current.textHash && !credit.restricted) validCommitment.add(item.id);
    commitments.push({
      code: m.code,
      name: m.name,
      conditions: m.conditions.split("\n").map((c) => c.trim()).filter(Boolean),
      consequence: FALSE_COMMITMENT_CONSEQUENCE,
      ...current,
      signed,
      signedAt: signed ? item.commitment!.signedAt : null,
      outdated: signed && item.commitment!.textHash !== current.textHash,
      waives,
    });
  }

  const uploaded = new Map(app.materials.map((m) => [m.documentKey, m.fileName]));
  const pendingByRequirement = new Map(app.pending.map((p) => [p.requirementId, p.deadline]));
  const docs = new Map<string, ApplyDocument>();
  for (const item of items) {
    if (item.matter.reformMode === "CANCEL") continue;
    const committed = validCommitment.has(item.id);
    for (const r of item.matter.materials) {
      const doc = docs.get(r.documentKey) ?? {
        documentKey: r.documentKey,
        name: r.name,
        description: r.description,
        matters: [],
        isKey: false,
        mayBePending: true,
        heldByGovernment: true,
        notNeeded: true,
        uploadedFileName: uploaded.get(r.documentKey) ?? null,
        pendingDeadline: null,
      };
      const waived = committed && r.waivableByCommitment;
      doc.matters.push({ code: item.matter.code, name: item.matter.name, waivableByCommitment: r.waivableByCommitment, waived });
      doc.isKey ||= r.isKey;
      doc.mayBePending &&= r.mayBePending && !r.isKey;
      doc.heldByGovernment &&= r.heldByGovernment;
      doc.notNeeded &&= r.heldByGovernment || waived;
      doc.pendingDeadline ??= pendingByRequirement.get(r.id) ?? null;
      docs.set(r.documentKey, doc);
    }
  }

  return {
    id: app.id,
    status: app.status,
    submittedAt: app.submittedAt,
    documents: [...docs.values()],
    commitments,
    credit: { restricted: credit.restricted, reason: credit.reason },
    summary: {
      fieldsBaseline: app.fieldsBaseline,
      fieldsTyped: app.fieldsTyped,
      materialsBaseline: app.materialsBaseline,
      materialsSubmitted: app.materialsSubmitted,
      receipts: items.filter((i) => i.receiptNumber).map((i) => ({ matterName: i.matter.name, receiptNumber: i.receiptNumber! })),
    },
  };
}
