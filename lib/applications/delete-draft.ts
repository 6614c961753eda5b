import "server-only";
// 删除草稿: the applicant deletes a draft that was never submitted (nothing reached the window or a
// department, so nobody else needs telling). The delete is conditional on the row still being an
// unsubmitted draft, so a submission or another device's delete at the same moment leaves one outcome.
// A draft being revised after a return was submitted once: it keeps its history and is withdrawn instead
// (withdraw-application.ts). The audit row keeps what was deleted.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/core";
import { lockApplicationRow } from "@/lib/base/application-lock";
import { isAllowed } from "./status-rules";

const E = "domain.applications.errors.deleteDraft";
export const ZDeleteDraft = z.object({
  applicationId: z
    .string({ error: msg(`${E}.notFound`) })
    .trim()
    .min(1, msg(`${E}.notFound`))
    .max(64, msg(`${E}.notFound`)),
});
export type TDeleteDraft = z.output<typeof ZDeleteDraft>;

export async function deleteDraft(opts: { actor: SessionUser; now: Date; input: TDeleteDraft }): Promise<{ deleted: true }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const { input } = opts;

  return getDb().$transaction(async (tx) => {
    const owned = await tx.application.findFirst({ where: { id: input.applicationId, applicantId: actor.id }, select: { id: true } });
    if (!owned) throw new AppError("NOT_FOUND", `${E}.notFound`);
    await lockApplicationRow(tx, owned.id);
    const app = await tx.application.findUniqueOrThrow({
      where: { id: owned.id },
      select: {
        id: true,
        status: true,
        version: true,
        submittedAt: true,
        createdAt: true,
        items: { select: { matter: { select: { code: true } } } },
        materials: { select: { documentKey: true, sha256: true } },
      },
    });
    // The state table: DELETE only from a draft that was never submitted (one being revised after a return is withdrawn).
    if (!isAllowed(app.status, "DELETE", app)) throw new AppError("CONFLICT", app.status === "DRAFT" ? `${E}.everSubmitted` : `${E}.submitted`);
    const gone = await tx.application.deleteMany({ where: { id: app.id, applicantId: actor.id, status: "DRAFT", submittedAt: null } });
    if (gone.count !== 1) throw new AppError("CONFLICT", `${E}.changed`);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.deleteDraft",
      entityType: "Application",
      entityId: app.id,
      before: {
        status: app.status,
        version: app.version,
        createdAt: app.createdAt.toISOString(),
        matters: app.items.map((i) => i.matter.code),
        materials: app.materials.map((m) => ({ documentKey: m.documentKey, sha256: m.sha256 })),
      },
      at: now,
    });
    return { deleted: true as const };
  });
}
