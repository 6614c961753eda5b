import "server-only";
// Uploading an application material: checked by content (PDF/JPG/PNG, size, renamed files refused),
// stored once by its SHA-256, and recorded once per document type — one document serves every matter of
// the application that asks for it. Materials the government holds are never requested.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { checkUpload } from "@/lib/files/sniff";
import { storeMaterial } from "@/lib/files/storage";
import { loadOwnDraftForUpdate } from "./load-draft";
import { z } from "zod";

export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;

const ZUpload = z.object({ applicationId: z.string().trim().min(1).max(64), documentKey: z.string().trim().min(1).max(80) });

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** Checks a file by its content and stores it; a refused file stores nothing. Returns the Material columns. */
/** A form's file, read into memory only when within the limit (server actions); the domain checks the real bytes again. */
export async function fileFromForm(formData: FormData, name: string, required: boolean): Promise<UploadedFile | null> {
  const file = formData.get(name);
  if (!(file instanceof File) || file.size === 0) {
    if (required) throw new AppError("BAD_INPUT", "请选择要上传的文件");
    return null;
  }
  if (file.size > MAX_MATERIAL_BYTES) throw new AppError("BAD_INPUT", `文件“${file.name}”超过 5 MB 上限，请压缩或拆分后上传`);
  return { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function checkAndStoreUpload(file: UploadedFile) {
  const check = checkUpload({ fileName: file.name, declaredType: file.type, bytes: file.bytes, maxBytes: MAX_MATERIAL_BYTES });
  if (!check.ok) throw new AppError("BAD_INPUT", check.message);
  const stored = await storeMaterial(file.bytes);
  return {
    origin: "UPLOADED" as const,
    fileName: check.fileName,
    contentType: check.contentType,
    size: stored.size,
    sha256: stored.sha256,
    storageKey: stored.key,
  };
}

export async function uploadMaterial(opts: { actor: SessionUser; now: Date; input: unknown; file: UploadedFile }) {
  const { actor, now, file } = opts;
  assertCan(actor.role, "application.submit");
  const parsed = ZUpload.safeParse(opts.input);
  if (!parsed.success) throw new AppError("BAD_INPUT", "上传请求无效，请刷新页面后重试");
  const { applicationId, documentKey } = parsed.data;

  // Look before storing, so a refused upload stores nothing; the transaction below re-checks, under lock, that
  // the application is still the actor's draft.
  const db = getDb();
  const requirements = await db.materialRequirement.findMany({
    where: { documentKey, matter: { items: { some: { applicationId, application: { applicantId: actor.id, status: "DRAFT" } } } } },
  });
  if (!requirements.length) throw new AppError("NOT_FOUND", "申请中没有该材料，或申请已提交");
  // As resolve-documents.ts decides: government data replaces a document only when every matter asking for it has it.
  if (requirements.every((r) => r.heldByGovernment)) throw new AppError("BAD_INPUT", `“${requirements[0]!.name}”由政府部门共享获取，无需上传`);
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
