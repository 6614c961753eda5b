import "server-only";
// What the one-form page needs besides the merged form (get-application-form.ts): the distinct documents
// to provide (one row per documentKey: one document serves every matter asking for it), the commitments
// of COMMITMENT-mode matters with the exact text to sign, the credit restriction, and — once submitted —
// the summary stored on the Application (SCENARIOS.md counters, 备案回执编号).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { type CreditRestriction, creditRestriction } from "@/lib/supervision/credit-restriction";
import { FALSE_COMMITMENT_CONSEQUENCE } from "./commitment-text";
import type { ApplicationForm } from "./get-application-form";
import { loadDocumentContext } from "./document-context";
import { commitmentStates, documentsToUpload, inFormOrder, resolveDocuments, type ResolvedDocument } from "./resolve-documents";

export type ApplyDocument = ResolvedDocument;

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
  status: ApplicationStatus;
  submittedAt: Date | null;
  documents: ApplyDocument[];
  /** Live counter: documents to upload (now or later), and documents the portal writes for signing. */
  toProvide: { upload: number; generated: number };
  commitments: ApplyCommitment[];
  credit: CreditRestriction;
  summary: {
    fieldsBaseline: number;
    fieldsTyped: number;
    materialsBaseline: number;
    materialsSubmitted: number;
    /** Documents the portal wrote from the form and the applicant e-signed (not counted as submitted). */
    materialsGenerated: number;
    receipts: { matterName: string; receiptNumber: string | null }[];
  };
}

export async function getApplyPage({ actor, form, now }: { actor: SessionUser; form: ApplicationForm; now: Date }): Promise<ApplyPage> {
  assertCan(actor.role, "application.viewOwn");
  const db = getDb();
  const app = await db.application.findFirst({
    where: { id: form.id, applicantId: actor.id },
    include: {
      items: { include: { matter: { include: { materials: { orderBy: { sortOrder: "asc" } } } }, commitment: true } },
      materials: true,
      pending: true,
    },
  });
  if (!app) throw new AppError("NOT_FOUND", "domain.applications.errors.notFound");
  const items = inFormOrder(app.items);

  // Credit first: a commitment waives materials only while the enterprise may use commitments at all.
  const credit = await creditRestriction({ db, enterpriseId: app.enterpriseId, now });
  const states = commitmentStates(items, credit.restricted);
  const commitments: ApplyCommitment[] = items.flatMap((item) => {
    const state = states.get(item.id);
    if (!state) return [];
    return [
      {
        code: item.matter.code,
        name: item.matter.name,
        conditions: item.matter.conditions
          .split("\n")
          .map((c) => c.trim())
          .filter(Boolean),
        consequence: FALSE_COMMITMENT_CONSEQUENCE,
        text: state.text,
        textVersion: state.textVersion,
        textHash: state.textHash,
        signed: state.signed,
        signedAt: state.signed ? item.commitment!.signedAt : null,
        outdated: state.outdated,
        waives: state.waives,
      },
    ];
  });
  const documents = resolveDocuments({
    items,
    materials: app.materials,
    pending: app.pending,
    commitments: states,
    context: await loadDocumentContext(db, actor, form),
  });

  return {
    id: app.id,
    status: app.status,
    submittedAt: app.submittedAt,
    documents,
    toProvide: documentsToUpload(documents),
    commitments,
    credit: { restricted: credit.restricted, reason: credit.reason },
    summary: {
      fieldsBaseline: app.fieldsBaseline,
      fieldsTyped: app.fieldsTyped,
      materialsBaseline: app.materialsBaseline,
      materialsSubmitted: app.materialsSubmitted,
      materialsGenerated: app.materials.filter((m) => m.origin === "GENERATED").length,
      // A new company's filing is done at submission but its receipt comes with the business licence (null here).
      receipts: items.filter((i) => i.status === "FILED" || i.receiptNumber).map((i) => ({ matterName: i.matter.name, receiptNumber: i.receiptNumber })),
    },
  };
}
