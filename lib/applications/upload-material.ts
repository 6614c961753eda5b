import "server-only";
// Uploading an application material: checked by content (PDF/JPG/PNG, size, renamed files refused),
// stored once by its SHA-256, and recorded once per document type — one document serves every matter of
// the application that asks for it. Materials the government holds are never requested.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { loadOwnDraftForUpdate } from "./load-draft";
import { type UploadedFile, checkAndStoreUpload } from "@/lib/files/upload";
import type { TUploadMaterial } from "./schemas";

export async function uploadMaterial(opts: { actor: SessionUser; now: Date; input: Omit<TUploadMaterial, "file">; file: UploadedFile }) {
  const { actor, now, file } = opts;
  assertCan(actor.role, "application.submit");
  const { applicationId, documentKey } = opts.input;

  // Look before storing, so a refused upload stores nothing; the transaction below re-checks, under lock, that
  // the application is still the actor's draft.
  const db = getDb();
  const requirements = await db.materialRequirement.findMany({
    where: { documentKey, matter: { items: { some: { applicationId, application: { applicantId: actor.id, status: "DRAFT" } } } } },
  });
  if (!requirements.length) throw new AppError("NOT_FOUND", "domain.applications.errors.material.missingOrSubmitted");
  // As resolve-documents.ts decides: government data replaces a document only when every matter asking for it has it.
  if (requirements.every((r) => r.heldByGovernment))
    throw new AppError("BAD_INPUT", "domain.applications.errors.material.heldByGovernment", { name: requirements[0]!.name });
  const stored = await checkAndStoreUpload(file);

  return db.$transaction(async (tx) => {
    const app = await loadOwnDraftForUpdate(tx, { actor, applicationId });
    const requirementIds = app.items
      .flatMap((i) => i.matter.materials)
      .filter((m) => m.documentKey === documentKey)
      .map((m) => m.id);
    const data = { ...stored, uploadedById: actor.id, uploadedAt: now };
    const material = await tx.material.upsert({
      where: { applicationId_documentKey: { applicationId, documentKey } },
      create: { applicationId, documentKey, ...data },
      update: data,
    });
    // Uploaded now, so it is no longer pending.
    await tx.pendingMaterial.deleteMany({ where: { applicationId, requirementId: { in: requirementIds } } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "material.upload",
      entityType: "Application",
      entityId: applicationId,
      after: { documentKey, fileName: stored.fileName, sha256: stored.sha256, size: stored.size },
      at: now,
    });
    return { id: material.id, fileName: stored.fileName, sha256: stored.sha256 };
  });
}
