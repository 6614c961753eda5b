import "server-only";
// The applicant answers a department's correction request (补正), in words and optionally with a file.
// The department's clock runs again from the answer (clock.ts); the officer who asked is told.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { checkAndStoreUpload, type UploadedFile } from "@/lib/files/upload";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { lockApplicationRow } from "@/lib/base/application-lock";
import type { TAnswerCorrection } from "./schemas";

const ANSWERED = "domain.approvals.errors.correction.answered";
const ENDED = "domain.approvals.errors.correction.ended";

export async function answerCorrection(opts: {
  actor: SessionUser;
  now: Date;
  input: TAnswerCorrection;
  file?: UploadedFile | null;
}): Promise<{ taskId: string }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "application.supplement");
  const db = getDb();
  const owned = { id: input.correctionId, task: { application: { applicantId: actor.id } } };
  const found = await db.taskCorrection.findFirst({ where: owned, select: { answeredAt: true, task: { select: { status: true } } } });
  if (!found) throw new AppError("NOT_FOUND", "domain.approvals.errors.correction.notFound");
  // Checked before storing too (and again under lock), so a refused answer leaves no file behind.
  if (found.answeredAt) throw new AppError("CONFLICT", ANSWERED);
  if (found.task.status !== "CORRECTION_REQUESTED") throw new AppError("CONFLICT", ENDED);
  const stored = opts.file ? await checkAndStoreUpload(opts.file) : null;

  return db.$transaction(async (tx) => {
    const c = await tx.taskCorrection.findFirstOrThrow({ where: owned, include: { task: { select: { id: true, applicationId: true } } } });
    await lockApplicationRow(tx, c.task.applicationId);
    const task = await tx.approvalTask.findUniqueOrThrow({ where: { id: c.task.id }, select: { status: true } });
    // A task decided or ended meanwhile (e.g. by the 容缺 sweep) needs no answer any more.
    if (task.status !== "CORRECTION_REQUESTED") throw new AppError("CONFLICT", ENDED);
    const answered = await tx.taskCorrection.updateMany({
      where: { id: c.id, answeredAt: null },
      data: { answeredAt: now, answeredById: actor.id, answer: input.answer },
    });
    if (answered.count !== 1) throw new AppError("CONFLICT", ANSWERED);
    if (stored) {
      const material = await tx.material.create({
        data: { applicationId: c.task.applicationId, documentKey: `correction-${c.id}`, ...stored, uploadedById: actor.id, uploadedAt: now },
      });
      await tx.taskCorrection.update({ where: { id: c.id }, data: { materialId: material.id } });
    }
    // Back to review once every open request of the task is answered.
    const stillOpen = await tx.taskCorrection.count({ where: { taskId: c.task.id, answeredAt: null } });
    if (!stillOpen)
      await tx.approvalTask.updateMany({ where: { id: c.task.id, status: "CORRECTION_REQUESTED" }, data: { status: "IN_REVIEW", version: { increment: 1 } } });
    await refreshTaskClocks(tx, { applicationId: c.task.applicationId, calendar: await loadCalendar(tx) });
    const answer = input.answer.slice(0, 100);
    await notify(tx, {
      to: { users: [c.requestedById] },
      ...(stored
        ? { key: "domain.approvals.notices.correctionAnsweredWithFile", params: { answer, fileName: stored.fileName } }
        : { key: "domain.approvals.notices.correctionAnswered", params: { answer } }),
      link: `/dept/tasks/${c.task.id}`,
      now,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "correction.answer",
      entityType: "TaskCorrection",
      entityId: c.id,
      before: { answeredAt: null },
      after: { answeredAt: now.toISOString(), file: stored?.fileName ?? null },
      at: now,
    });
    return { taskId: c.task.id };
  });
}
