import "server-only";
// An inspector of the issuing department records a 告知承诺核查: the commitment kept (PASSED), or not — then
// a rectification with a deadline (RECTIFYING, 责令限期整改); either way with findings and, for a failure,
// an evidence file. And, after a failure, the re-check that finds it rectified (RECTIFIED). Scoped to the
// inspector's department; conditional on the status read, so of two inspectors one acts.
// 金山方案 (000) 二(一)3; 晋中方案 (004) 三(四) 审管联动 (the result is pushed).
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { shanghaiDay } from "@/lib/calendar/dates";
import { checkAndStoreUpload, type UploadedFile } from "@/lib/files/upload";
import { rectifyByDay, type TConfirmRectification, type TRecordVerification } from "./verification-rules";

function inspectorDepartment(actor: SessionUser): string {
  assertCan(actor.role, "verification.record");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "domain.supervision.errors.noDepartment");
  return actor.departmentId;
}

export async function recordVerification(opts: {
  actor: SessionUser;
  now: Date;
  input: TRecordVerification;
  evidence?: UploadedFile | null;
}): Promise<{ status: "PASSED" | "RECTIFYING"; rectifyBy: string | null }> {
  const { actor, now, input } = opts;
  const departmentId = inspectorDepartment(actor);
  if (input.outcome === "fail" && !opts.evidence) throw new AppError("BAD_INPUT", "domain.supervision.errors.verification.evidenceRequired");
  const db = getDb();
  // Look before storing, so a refused step leaves no file behind; the transaction re-checks under the condition.
  const found = await db.commitmentVerification.findFirst({ where: { id: input.verificationId, departmentId }, select: { id: true, status: true } });
  if (!found) throw new AppError("NOT_FOUND", "domain.supervision.errors.verification.notFound");
  if (found.status !== "SCHEDULED") throw new AppError("CONFLICT", "domain.supervision.errors.verification.alreadyRecorded");
  const stored = opts.evidence ? await checkAndStoreUpload(opts.evidence) : null;
  const today = shanghaiDay(now);
  const rectifyBy = input.outcome === "fail" ? rectifyByDay(today, input.rectifyDays!) : null;
  const status = input.outcome === "pass" ? "PASSED" : "RECTIFYING";

  return db.$transaction(async (tx) => {
    const updated = await tx.commitmentVerification.updateMany({
      where: { id: found.id, departmentId, status: "SCHEDULED" },
      data: {
        status,
        inspectorId: actor.id,
        checkedAt: now,
        findings: input.findings,
        rectifyBy: rectifyBy ? new Date(`${rectifyBy}T00:00:00Z`) : null,
        closedAt: status === "PASSED" ? now : null,
        ...(stored
          ? { evidenceFileName: stored.fileName, evidenceKey: stored.storageKey, evidenceSha256: stored.sha256, evidenceType: stored.contentType }
          : {}),
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "domain.supervision.errors.verification.recordedByOther");
    const v = await tx.commitmentVerification.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        enterpriseId: true,
        licence: { select: { number: true, uscc: true, applicationItemId: true } },
        matter: { select: { name: true } },
        department: { select: { name: true } },
      },
    });
    if (v.licence.applicationItemId) {
      await tx.commitment.updateMany({
        where: { applicationItemId: v.licence.applicationItemId },
        data: { verifiedAt: now, verificationNote: `${status === "PASSED" ? "核查符合承诺" : "核查不符合承诺，责令限期整改"}：${input.findings}` },
      });
    }
    const about = { department: v.department.name, matter: v.matter.name, number: v.licence.number };
    await notify(tx, {
      to: { enterprises: [v.enterpriseId] },
      ...(status === "PASSED"
        ? { key: "domain.supervision.notices.verificationPassed", params: about }
        : { key: "domain.supervision.notices.verificationFailed", params: { ...about, findings: input.findings, rectifyBy: rectifyBy ?? "" } }),
      link: "/my/wallet",
      now,
    });
    await tx.outboxMessage.create({
      data: {
        topic: "verification.result",
        target: "credit-platform",
        payload: { number: v.licence.number, uscc: v.licence.uscc, result: status, rectifyBy, at: now.toISOString() },
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `verification.${input.outcome}`,
      entityType: "CommitmentVerification",
      entityId: found.id,
      before: { status: "SCHEDULED" },
      after: { status, findings: input.findings, rectifyBy, evidence: stored ? { fileName: stored.fileName, sha256: stored.sha256 } : null },
      at: now,
    });
    return { status, rectifyBy };
  });
}

/** The re-check after a failure: rectified in time, the verification closes and the permit stands. */
export async function confirmRectification(opts: { actor: SessionUser; now: Date; input: TConfirmRectification }): Promise<void> {
  const { actor, now, input } = opts;
  const departmentId = inspectorDepartment(actor);
  await getDb().$transaction(async (tx) => {
    const v = await tx.commitmentVerification.findFirst({
      where: { id: input.verificationId, departmentId },
      select: { id: true, status: true, enterpriseId: true, licence: { select: { number: true } }, matter: { select: { name: true } } },
    });
    if (!v) throw new AppError("NOT_FOUND", "domain.supervision.errors.verification.notFound");
    // Only within the deadline (its last day included): once it has passed, the sweep revokes, whether or not it ran yet.
    const today = new Date(`${shanghaiDay(now)}T00:00:00Z`);
    const updated = await tx.commitmentVerification.updateMany({
      where: { id: v.id, status: "RECTIFYING", rectifyBy: { gte: today } },
      data: { status: "RECTIFIED", rectifiedAt: now, rectificationNote: input.note, closedAt: now },
    });
    if (updated.count !== 1) {
      throw new AppError(
        "CONFLICT",
        v.status === "REVOKED" || v.status === "RECTIFYING"
          ? "domain.supervision.errors.verification.deadlinePassed"
          : "domain.supervision.errors.verification.notRectifying",
      );
    }
    await notify(tx, {
      to: { enterprises: [v.enterpriseId] },
      key: "domain.supervision.notices.rectificationConfirmed",
      params: { matter: v.matter.name, number: v.licence.number },
      link: "/my/wallet",
      now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "verification.rectified",
      entityType: "CommitmentVerification",
      entityId: v.id,
      before: { status: "RECTIFYING" },
      after: { status: "RECTIFIED", note: input.note },
      at: now,
    });
  });
}
