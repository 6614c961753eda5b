import "server-only";
// A regulator enters a credit record (e.g. 行政处罚) for an enterprise, with its source (the regulator's
// department), severity and dates. It counts at once in the grade (credit-grade.ts); the enterprise is told
// and may apply for repair; the record is pushed to the credit platform. 晋中方案 (004) 三(四): 行政处罚等
// 信息归集; 金山方案 (000) 二(一)3: 将失信违法行为记入企业信用记录.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { shanghaiDay } from "@/lib/calendar/dates";
import type { TAddCreditRecord } from "./repair-rules";

export async function addCreditRecord(opts: { actor: SessionUser; now: Date; input: TAddCreditRecord }): Promise<{ id: string }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "supervision.manage");
  if (input.occurredOn > shanghaiDay(now)) throw new AppError("BAD_INPUT", "domain.supervision.errors.record.occurredInFuture");
  return getDb().$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findUnique({ where: { uscc: input.uscc }, select: { id: true, uscc: true, name: true } });
    if (!enterprise) throw new AppError("NOT_FOUND", "domain.supervision.errors.enterpriseNotFound");
    const department = actor.departmentId ? await tx.department.findUnique({ where: { id: actor.departmentId }, select: { name: true } }) : null;
    const source = department?.name ?? "监管部门";
    const record = await tx.creditRecord.create({
      data: {
        enterpriseId: enterprise.id,
        type: input.type,
        severity: input.severity,
        source,
        description: input.description,
        occurredAt: new Date(`${input.occurredOn}T00:00:00+08:00`),
        expiresAt: input.expiresOn ? new Date(`${input.expiresOn}T00:00:00+08:00`) : null,
        createdAt: now,
      },
      select: { id: true },
    });
    await notify(tx, {
      to: { enterprises: [enterprise.id] },
      key: "domain.supervision.notices.recordAdded",
      params: { source, description: input.description },
      link: "/my/credit",
      now,
    });
    await tx.outboxMessage.create({
      data: {
        topic: "credit.record",
        target: "credit-platform",
        payload: { uscc: enterprise.uscc, type: input.type, severity: input.severity, source, at: now.toISOString() },
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "credit.add",
      entityType: "CreditRecord",
      entityId: record.id,
      after: { enterprise: enterprise.uscc, ...input, source },
      at: now,
    });
    return record;
  });
}
