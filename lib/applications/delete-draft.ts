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
import { AppError, parseInput } from "@/lib/errors";
import { lockApplicationRow } from "@/lib/base/application-lock";

// Kept here rather than in schemas.ts (another engineer's file today); move when convenient.
export const ZDeleteDraft = z.object({ applicationId: z.string().trim().min(1, "草稿不存在").max(64) });

export async function deleteDraft(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<{ deleted: true }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const input = parseInput(ZDeleteDraft, opts.input);

  return getDb().$transaction(async (tx) => {
    const owned = await tx.application.findFirst({ where: { id: input.applicationId, applicantId: actor.id }, select: { id: true } });
    if (!owned) throw new AppError("NOT_FOUND", "草稿不存在");
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
    if (app.status !== "DRAFT") throw new AppError("CONFLICT", "申请已提交，不能删除；如不再需要，请在办理进度页撤回申请");
    if (app.submittedAt) throw new AppError("CONFLICT", "该申请曾经提交（退件后修改中），不能删除；如不再需要，请撤回申请");
    const gone = await tx.application.deleteMany({ where: { id: app.id, applicantId: actor.id, status: "DRAFT", submittedAt: null } });
    if (gone.count !== 1) throw new AppError("CONFLICT", "草稿状态已变化，请刷新页面");
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
