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
import { AppError, parseInput } from "@/lib/errors";
import { shanghaiDay } from "@/lib/calendar/dates";
import { checkAndStoreUpload, type UploadedFile } from "@/lib/applications/upload-material";
import { ZConfirmRectification, ZRecordVerification, rectifyByDay } from "./verification-rules";

function inspectorDepartment(actor: SessionUser): string {
  assertCan(actor.role, "verification.record");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "您的账户未绑定审批部门，请联系管理员");
  return actor.departmentId;
}

export async function recordVerification(opts: {
  actor: SessionUser;
  now: Date;
  input: unknown;
  evidence?: UploadedFile | null;
}): Promise<{ status: "PASSED" | "RECTIFYING"; rectifyBy: string | null }> {
  const { actor, now } = opts;
  const departmentId = inspectorDepartment(actor);
  const input = parseInput(ZRecordVerification, opts.input);
  if (input.outcome === "fail" && !opts.evidence) throw new AppError("BAD_INPUT", "认定不符合承诺须上传核查证据（现场照片或检查记录，PDF/JPG/PNG）");
  const db = getDb();
  // Look before storing, so a refused step leaves no file behind; the transaction re-checks under the condition.
  const found = await db.commitmentVerification.findFirst({ where: { id: input.verificationId, departmentId }, select: { id: true, status: true } });
  if (!found) throw new AppError("NOT_FOUND", "核查任务不存在");
  if (found.status !== "SCHEDULED") throw new AppError("CONFLICT", "该核查任务已记录结论，请刷新页面查看");
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
    if (updated.count !== 1) throw new AppError("CONFLICT", "该核查任务已由其他人员记录结论，请刷新页面查看");
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
    const holders = await tx.user.findMany({ where: { enterpriseId: v.enterpriseId }, select: { id: true } });
    const message =
      status === "PASSED"
        ? { title: "告知承诺核查：符合承诺", body: `${v.department.name}核查了${v.matter.name}（${v.licence.number}）的承诺履行情况，结论为符合承诺。` }
        : {
            title: "告知承诺核查：不符合承诺，请限期整改",
            body: `${v.department.name}核查发现${v.matter.name}（${v.licence.number}）的实际情况与承诺不符：${input.findings}\n请于 ${rectifyBy} 前完成整改并联系该部门复查；逾期未整改的，将依法撤销该许可并记入企业信用记录。`,
          };
    if (holders.length) await tx.notification.createMany({ data: holders.map((u) => ({ userId: u.id, ...message, link: "/my/wallet", createdAt: now })) });
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
export async function confirmRectification(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<void> {
  const { actor, now } = opts;
  const departmentId = inspectorDepartment(actor);
  const input = parseInput(ZConfirmRectification, opts.input);
  await getDb().$transaction(async (tx) => {
    const v = await tx.commitmentVerification.findFirst({
      where: { id: input.verificationId, departmentId },
      select: { id: true, status: true, enterpriseId: true, licence: { select: { number: true } }, matter: { select: { name: true } } },
    });
    if (!v) throw new AppError("NOT_FOUND", "核查任务不存在");
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
          ? "整改期限已过，逾期未整改的许可依法撤销，不能再确认整改"
          : "该核查任务不在整改期内，请刷新页面查看",
      );
    }
    const holders = await tx.user.findMany({ where: { enterpriseId: v.enterpriseId }, select: { id: true } });
    if (holders.length) {
      await tx.notification.createMany({
        data: holders.map((u) => ({
          userId: u.id,
          title: "告知承诺核查：整改已通过复查",
          body: `${v.matter.name}（${v.licence.number}）整改已通过复查，许可继续有效。`,
          link: "/my/wallet",
          createdAt: now,
        })),
      });
    }
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
