import "server-only";
// A regulator enters a credit record (e.g. 行政处罚) for an enterprise, with its source (the regulator's
// department), severity and dates. It counts at once in the grade (credit-grade.ts); the enterprise is told
// and may apply for repair; the record is pushed to the credit platform. 晋中方案 (004) 三(四): 行政处罚等
// 信息归集; 金山方案 (000) 二(一)3: 将失信违法行为记入企业信用记录.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import { shanghaiDay } from "@/lib/calendar/dates";
import { ZAddCreditRecord } from "./repair-rules";

export async function addCreditRecord(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<{ id: string }> {
  const { actor, now } = opts;
  assertCan(actor.role, "supervision.manage");
  const input = parseInput(ZAddCreditRecord, opts.input);
  if (input.occurredOn > shanghaiDay(now)) throw new AppError("BAD_INPUT", "发生日期不能晚于今天");
  return getDb().$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findUnique({ where: { uscc: input.uscc }, select: { id: true, uscc: true, name: true } });
    if (!enterprise) throw new AppError("NOT_FOUND", "未找到该统一社会信用代码对应的企业");
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
    const holders = await tx.user.findMany({ where: { enterpriseId: enterprise.id }, select: { id: true } });
    if (holders.length) {
      await tx.notification.createMany({
        data: holders.map((u) => ({
          userId: u.id,
          title: "新增信用记录",
          body: `${source}：${input.description}。完成整改后可申请信用修复。`,
          link: "/my/credit",
          createdAt: now,
        })),
      });
    }
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
