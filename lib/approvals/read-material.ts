import "server-only";
// Opening one document of an application, for whoever may see it: the applicant their own; the window any
// submitted application; a department only applications with a task dispatched to it. Anyone else gets
// NOT_FOUND (never "it exists but is not yours").
import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { getFileStorage } from "@/lib/files/storage";
import { z } from "zod";

const ZMaterialId = z.string().trim().min(1).max(64);

/** Who may see which applications' documents: the one scope rule for files. */
export function visibleApplications(actor: SessionUser): Prisma.ApplicationWhereInput | null {
  if (can(actor.role, "application.viewOwn")) return { applicantId: actor.id };
  if (can(actor.role, "desk.view")) return { status: { not: "DRAFT" } };
  if (can(actor.role, "dept.view") && actor.departmentId) return { tasks: { some: { departmentId: actor.departmentId, dispatchedAt: { not: null } } } };
  return null;
}

export async function readMaterial(opts: { actor: SessionUser; materialId: unknown }): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
  const id = ZMaterialId.safeParse(opts.materialId);
  const scope = visibleApplications(opts.actor);
  if (!id.success || !scope) throw new AppError("NOT_FOUND", "domain.approvals.errors.view.materialNotFound");
  const db = getDb();
  const material = await db.material.findFirst({
    where: { id: id.data, application: scope },
    select: { applicationId: true, documentKey: true, fileName: true, contentType: true, storageKey: true },
  });
  if (!material || !(await departmentMaySee(opts.actor, id.data, material))) throw new AppError("NOT_FOUND", "domain.approvals.errors.view.materialNotFound");
  const bytes = await getFileStorage().get(material.storageKey);
  if (!bytes) throw new AppError("NOT_FOUND", "domain.approvals.errors.view.materialGone");
  return { fileName: material.fileName, contentType: material.contentType, bytes };
}

/**
 * A department sees the documents its own matters require and the answers to its own corrections — not the
 * other departments' part of the application (the task page shows only its part too).
 */
async function departmentMaySee(actor: SessionUser, materialId: string, material: { applicationId: string; documentKey: string }): Promise<boolean> {
  if (!can(actor.role, "dept.view") || !actor.departmentId) return true;
  const departmentId = actor.departmentId;
  const db = getDb();
  const required = await db.materialRequirement.count({
    where: {
      documentKey: material.documentKey,
      matter: { items: { some: { applicationId: material.applicationId, task: { departmentId, dispatchedAt: { not: null } } } } },
    },
  });
  return required > 0 || (await db.taskCorrection.count({ where: { materialId, task: { departmentId } } })) > 0;
}
