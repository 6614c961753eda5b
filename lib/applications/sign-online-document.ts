import "server-only";
// E-signing a document the portal wrote from the merged form (online-documents.ts): the applicant read
// the exact text on the page; signing records who, when and the SHA-256 of that text, and keeps the text
// itself as the application's document (origin GENERATED). If the form changed since the page was
// shown, the text changed too, and the signature is refused until the new text has been read.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { storeMaterial } from "@/lib/files/storage";
import { creditRestriction } from "@/lib/supervision/credit-restriction";
import { getApplicationForm } from "./get-application-form";
import { loadDocumentContext } from "./document-context";
import { loadOwnDraftForUpdate } from "./load-draft";
import { commitmentStates, resolveDocuments } from "./resolve-documents";
import type { TSignDocument } from "./schemas";

export async function signOnlineDocument(opts: { actor: SessionUser; now: Date; input: TSignDocument }): Promise<{ title: string }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const { applicationId, documentKey, textHash } = opts.input;
  const form = await getApplicationForm({ actor, applicationId });

  return getDb().$transaction(async (tx) => {
    const app = await loadOwnDraftForUpdate(tx, { actor, applicationId });
    if (app.version !== form.version) throw new AppError("CONFLICT", "domain.applications.errors.sign.formChanged");
    const credit = await creditRestriction({ db: tx, enterpriseId: app.enterpriseId, now });
    const doc = resolveDocuments({
      items: app.items,
      materials: app.materials,
      pending: app.pending,
      commitments: commitmentStates(app.items, credit.restricted),
      context: await loadDocumentContext(tx, actor, form),
    }).find((d) => d.documentKey === documentKey);
    if (!doc) throw new AppError("NOT_FOUND", "domain.applications.errors.material.missing");
    const online = doc.online;
    if (doc.route !== "generated" || online?.kind !== "generated")
      throw new AppError("BAD_INPUT", "domain.applications.errors.sign.notGeneratable", { name: doc.name });
    if (online.status === "incomplete")
      throw new AppError("BAD_INPUT", "domain.applications.errors.sign.incomplete", { name: doc.name, problems: online.problems.join("；") });
    if (online.status !== "ready") throw new AppError("BAD_INPUT", "domain.applications.errors.sign.notGeneratable", { name: doc.name });
    if (online.textHash !== textHash) throw new AppError("CONFLICT", "domain.applications.errors.sign.outdated", { name: doc.name });

    const bytes = new TextEncoder().encode(online.file.content);
    const stored = await storeMaterial(bytes);
    const data = {
      origin: "GENERATED" as const,
      fileName: `${online.title}.${online.file.extension}`,
      contentType: online.file.contentType,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
      uploadedById: actor.id,
      uploadedAt: now,
    };
    await tx.material.upsert({
      where: { applicationId_documentKey: { applicationId, documentKey } },
      create: { applicationId, documentKey, ...data },
      update: data,
    });
    await tx.pendingMaterial.deleteMany({ where: { applicationId, requirementId: { in: doc.requirementIds } } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "material.sign",
      entityType: "Application",
      entityId: applicationId,
      after: { documentKey, title: online.title, sha256: stored.sha256 },
      at: now,
    });
    return { title: online.title };
  });
}
