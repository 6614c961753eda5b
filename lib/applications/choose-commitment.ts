import "server-only";
// 告知承诺: for a COMMITMENT-mode matter the applicant may sign the commitment instead of proving the
// waivable conditions. Signing records who, when, the text version and the SHA-256 of the exact text.
// Not offered to an enterprise whose credit is restricted (lib/supervision/credit-restriction.ts).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { CREDIT_RESTRICTED, creditRestriction } from "@/lib/supervision/credit-restriction";
import { commitmentText } from "./commitment-text";
import { loadOwnDraftForUpdate } from "./load-draft";
import type { TChooseCommitment } from "./schemas";

export async function chooseCommitment(opts: { actor: SessionUser; now: Date; input: TChooseCommitment }): Promise<{ useCommitment: boolean }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const { applicationId, matterCode, commit, textHash } = opts.input;

  return getDb().$transaction(async (tx) => {
    const app = await loadOwnDraftForUpdate(tx, { actor, applicationId });
    const item = app.items.find((i) => i.matter.code === matterCode);
    if (!item) throw new AppError("NOT_FOUND", "domain.applications.errors.commitment.matterMissing");
    if (!commit) {
      if (item.commitment) await tx.commitment.delete({ where: { id: item.commitment.id } });
      await tx.applicationItem.update({ where: { id: item.id }, data: { useCommitment: false } });
      await writeAudit(tx, { actorId: actor.id, action: "commitment.withdraw", entityType: "ApplicationItem", entityId: item.id, at: now });
      return { useCommitment: false };
    }
    if (item.matter.reformMode !== "COMMITMENT")
      throw new AppError("BAD_INPUT", "domain.applications.errors.commitment.notOffered", { name: item.matter.name });
    const credit = await creditRestriction({ db: tx, enterpriseId: app.enterpriseId, now });
    if (credit.restricted) throw new AppError("FORBIDDEN", CREDIT_RESTRICTED, credit.reason ?? {});
    const current = commitmentText({
      code: item.matter.code,
      name: item.matter.name,
      catalogVersion: item.matter.catalogVersion,
      conditions: item.matter.conditions,
      waivedMaterials: item.matter.materials.filter((m) => m.waivableByCommitment).map((m) => m.name),
    });
    if (textHash !== current.textHash) {
      throw new AppError("CONFLICT", "domain.applications.errors.commitment.outdated");
    }
    const data = { signedById: actor.id, signedAt: now, textVersion: current.textVersion, textHash: current.textHash, text: current.text };
    await tx.commitment.upsert({ where: { applicationItemId: item.id }, create: { applicationItemId: item.id, ...data }, update: data });
    await tx.applicationItem.update({ where: { id: item.id }, data: { useCommitment: true } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "commitment.sign",
      entityType: "ApplicationItem",
      entityId: item.id,
      after: { textVersion: current.textVersion, textHash: current.textHash },
      at: now,
    });
    return { useCommitment: true };
  });
}
