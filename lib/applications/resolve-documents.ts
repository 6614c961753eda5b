// One answer, for the page and for submission alike, to "which documents does this application still
// need, and how does each get provided?" (SCENARIOS.md: materialsSubmitted counts distinct documents
// actually uploaded; documents waived by a commitment or held by government are not submitted).
//
// A document (one per documentKey: one document serves every matter asking for it) goes one way:
// - "government": every asking matter takes it from government data (两个免于提交);
// - "waived": every asking matter that does not take it from government waives it by a VALID commitment;
// - "verified": the portal verifies the form's data online instead (online-documents.ts);
// - "generated": the portal writes it from the form and the applicant e-signs it (or uploads their own);
// - "upload": the applicant uploads it — or, for a non-key material, supplements it later (容缺).
import { commitmentText } from "./commitment-text";
import { buildOnlineDocument, type DocumentContext, type OnlineOutcome } from "./online-documents";
import { problem, type Problem } from "@/lib/forms/problem";

const E = "domain.applications.errors.documents";

export type DocumentRoute = "government" | "waived" | "verified" | "generated" | "upload";

interface RequirementLike {
  id: string;
  documentKey: string;
  name: string;
  description: string;
  isKey: boolean;
  mayBePending: boolean;
  waivableByCommitment: boolean;
  heldByGovernment: boolean;
}

export interface ItemLike {
  id: string;
  useCommitment: boolean;
  commitment: { textHash: string; signedAt: Date } | null;
  matter: {
    code: string;
    name: string;
    kind: string;
    reformMode: string;
    catalogVersion: number;
    conditions: string;
    materials: RequirementLike[];
  };
}

interface MaterialLike {
  documentKey: string;
  fileName: string;
  origin: "UPLOADED" | "GENERATED";
  sha256: string;
}

export interface ResolvedDocument {
  documentKey: string;
  name: string;
  description: string;
  /** Matters asking for it; `waived` when that matter's valid commitment replaces it. */
  matters: { code: string; name: string; waived: boolean }[];
  /** Requirement ids behind it (for 容缺). */
  requirementIds: string[];
  isKey: boolean;
  /** 容缺 allowed: every requirement with this key is non-key and may be pending. */
  mayBePending: boolean;
  route: DocumentRoute;
  /** What the portal can produce or verify (null: nothing; the applicant uploads it). */
  online: (OnlineOutcome & { kind: "generated" | "verified" }) | null;
  /** The applicant's own file (origin UPLOADED). */
  uploadedFileName: string | null;
  /** A portal-generated text the applicant signed: current when its hash is the text's hash now. */
  signed: { current: boolean } | null;
  pendingDeadline: Date | null;
}

export interface CommitmentState {
  text: string;
  textVersion: string;
  textHash: string;
  signed: boolean;
  /** Signed on an older text: must be read and signed again. */
  outdated: boolean;
  /** Signed on the current text by an enterprise that may use commitments: waives its materials. */
  valid: boolean;
  waives: string[];
}

/** The one order of an application's matters everywhere (form, documents, commitments): registration first, then by code. */
export function inFormOrder<T extends { matter: { kind: string; code: string } }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.matter.kind === b.matter.kind ? a.matter.code.localeCompare(b.matter.code) : a.matter.kind === "REGISTRATION" ? -1 : 1));
}

/** The current commitment text of each COMMITMENT-mode item, and whether its signature is valid now. */
export function commitmentStates(items: ItemLike[], creditRestricted: boolean): Map<string, CommitmentState> {
  const out = new Map<string, CommitmentState>();
  for (const item of items) {
    const m = item.matter;
    if (m.reformMode !== "COMMITMENT") continue;
    const waives = m.materials.filter((x) => x.waivableByCommitment).map((x) => x.name);
    const current = commitmentText({ code: m.code, name: m.name, catalogVersion: m.catalogVersion, conditions: m.conditions, waivedMaterials: waives });
    const signed = item.useCommitment && item.commitment !== null;
    const outdated = signed && item.commitment!.textHash !== current.textHash;
    out.set(item.id, { ...current, signed, outdated, valid: signed && !outdated && !creditRestricted, waives });
  }
  return out;
}

export function resolveDocuments(opts: {
  items: ItemLike[];
  materials: MaterialLike[];
  pending: { requirementId: string; deadline: Date }[];
  commitments: Map<string, CommitmentState>;
  context: DocumentContext;
}): ResolvedDocument[] {
  const materials = new Map(opts.materials.map((m) => [m.documentKey, m]));
  const pendingByRequirement = new Map(opts.pending.map((p) => [p.requirementId, p.deadline]));
  const docs = new Map<string, ResolvedDocument & { allGovernment: boolean; noneLeft: boolean }>();
  // In form order, so a document shared by several matters is named the same way every time.
  for (const item of inFormOrder(opts.items)) {
    if (item.matter.reformMode === "CANCEL") continue;
    const committed = opts.commitments.get(item.id)?.valid ?? false;
    for (const r of item.matter.materials) {
      const material = materials.get(r.documentKey);
      const doc = docs.get(r.documentKey) ?? {
        documentKey: r.documentKey,
        name: r.name,
        description: r.description,
        matters: [],
        requirementIds: [],
        isKey: false,
        mayBePending: true,
        route: "upload" as DocumentRoute,
        online: null,
        uploadedFileName: material?.origin === "UPLOADED" ? material.fileName : null,
        signed: null,
        pendingDeadline: null,
        allGovernment: true,
        noneLeft: true,
      };
      const waived = committed && r.waivableByCommitment;
      doc.matters.push({ code: item.matter.code, name: item.matter.name, waived });
      doc.requirementIds.push(r.id);
      doc.isKey ||= r.isKey;
      doc.mayBePending &&= r.mayBePending && !r.isKey;
      doc.allGovernment &&= r.heldByGovernment;
      doc.noneLeft &&= r.heldByGovernment || waived;
      doc.pendingDeadline ??= pendingByRequirement.get(r.id) ?? null;
      docs.set(r.documentKey, doc);
    }
  }
  return [...docs.values()].map(({ allGovernment, noneLeft, ...doc }) => {
    if (allGovernment) return { ...doc, route: "government" as const, pendingDeadline: null };
    if (noneLeft) return { ...doc, route: "waived" as const, pendingDeadline: null };
    const online = buildOnlineDocument(doc.documentKey, opts.context);
    if (online?.status === "verified") return { ...doc, online, route: "verified" as const, pendingDeadline: null };
    if (online && online.kind === "generated" && online.status !== "unavailable") {
      const material = materials.get(doc.documentKey);
      const signed = material?.origin === "GENERATED" ? { current: online.status === "ready" && material.sha256 === online.textHash } : null;
      return { ...doc, online, route: "generated" as const, signed };
    }
    return { ...doc, online, route: "upload" as const };
  });
}

/**
 * What submission still lacks, one message per document, each saying what to do. Pending (容缺) rows
 * are checked by the caller (it knows the credit state and the requirement flags).
 */
export function documentIssues(docs: ResolvedDocument[]): Problem[] {
  const problems: Problem[] = [];
  for (const d of docs) {
    if (d.route === "government" || d.route === "waived" || d.route === "verified") continue;
    if (d.uploadedFileName || d.pendingDeadline) continue;
    const needBy = d.matters
      .filter((m) => !m.waived)
      .map((m) => m.name)
      .join("、");
    if (d.route === "generated") {
      if (d.signed?.current) continue;
      if (d.signed) problems.push(problem(`${E}.resign`, { name: d.name }));
      else problems.push(problem(`${E}.sign`, { name: d.name, matters: needBy }));
      continue;
    }
    problems.push(problem(`${E}.upload`, { name: d.name, matters: needBy }));
  }
  return problems;
}

/** SCENARIOS.md materialsSubmitted: distinct documents the applicant uploads — now, or later (容缺). */
export function countSubmittedDocuments(docs: ResolvedDocument[]): number {
  return docs.filter((d) => (d.route === "upload" || d.route === "generated") && (d.uploadedFileName !== null || d.pendingDeadline !== null)).length;
}

/** The live counter: documents still to upload (or supplement later), plus those the portal writes for signing. */
export function documentsToUpload(docs: ResolvedDocument[]): { upload: number; generated: number } {
  return {
    upload: docs.filter((d) => d.route === "upload" || (d.route === "generated" && d.uploadedFileName !== null)).length,
    generated: docs.filter((d) => d.route === "generated" && d.uploadedFileName === null).length,
  };
}
