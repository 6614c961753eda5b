import "server-only";
// The sweep's part of 告知承诺核查: a rectification whose last day has passed unrectified ends the permit —
// 逾期不整改的，依法撤销相关许可，并将失信违法行为记入企业信用记录 (金山方案 (000) 二(一)3). Per
// verification one transaction, claimed by a conditional update (RECTIFYING → REVOKED), so two sweeps
// never act twice: the licence revoked through the licences module, a SERIOUS credit record (the grade
// falls to D, and the commitment route closes — credit-grade.ts), the department told, audited.
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { notify } from "@/lib/notifications/notify";
import { shanghaiDay } from "@/lib/calendar/dates";
import { applyLicenceStatus } from "@/lib/licences/change-licence-status";
import { HELD_STATUSES } from "@/lib/base/registration-outcome";

export const REVOKE_REASON = "告知承诺核查发现实际情况与承诺不符，逾期未整改，依法撤销许可";

export async function sweepRectifications(opts: { now: Date }): Promise<{ revoked: number }> {
  const { now } = opts;
  const db = getDb();
  const today = new Date(`${shanghaiDay(now)}T00:00:00Z`);
  const overdue = await db.commitmentVerification.findMany({
    where: { status: "RECTIFYING", rectifyBy: { lt: today } },
    select: { id: true },
    orderBy: { rectifyBy: "asc" },
    take: 500,
  });
  let revoked = 0;
  for (const { id } of overdue) {
    const acted = await db.$transaction(async (tx) => {
      const claimed = await tx.commitmentVerification.updateMany({
        where: { id, status: "RECTIFYING", rectifyBy: { lt: today } },
        data: { status: "REVOKED", closedAt: now },
      });
      if (claimed.count !== 1) return false;
      const v = await tx.commitmentVerification.findUniqueOrThrow({
        where: { id },
        select: {
          enterpriseId: true,
          departmentId: true,
          findings: true,
          rectifyBy: true,
          matter: { select: { name: true } },
          department: { select: { name: true } },
          licence: {
            select: {
              id: true,
              number: true,
              status: true,
              statusReason: true,
              enterpriseId: true,
              holderName: true,
              uscc: true,
              matter: { select: { name: true } },
              issuedBy: { select: { name: true } },
            },
          },
        },
      });
      if (HELD_STATUSES.includes(v.licence.status)) {
        await applyLicenceStatus(tx, { licence: v.licence, to: "REVOKED", action: "revoke", reason: REVOKE_REASON, actorId: null, now });
      }
      const record = await tx.creditRecord.create({
        data: {
          enterpriseId: v.enterpriseId,
          type: "FALSE_COMMITMENT",
          severity: "SERIOUS",
          source: v.department.name,
          description: `${v.matter.name}（${v.licence.number}）告知承诺不实且逾期未整改，许可被撤销`,
          occurredAt: now,
        },
        select: { id: true },
      });
      await tx.outboxMessage.create({
        data: {
          topic: "credit.record",
          target: "credit-platform",
          payload: { uscc: v.licence.uscc, type: "FALSE_COMMITMENT", severity: "SERIOUS", licence: v.licence.number, at: now.toISOString() },
          nextAttemptAt: now,
          createdAt: now,
        },
      });
      await notify(tx, {
        to: { departments: [v.departmentId] },
        key: "domain.supervision.notices.verificationRevoked",
        params: { holder: v.licence.holderName, matter: v.matter.name, number: v.licence.number },
        link: `/dept/verifications/${id}`,
        now,
      });
      await writeAudit(tx, {
        actorId: null,
        action: "verification.revoke",
        entityType: "CommitmentVerification",
        entityId: id,
        before: { status: "RECTIFYING" },
        after: { status: "REVOKED", licence: v.licence.number, creditRecordId: record.id },
        at: now,
      });
      return true;
    });
    if (acted) revoked++;
  }
  return { revoked };
}
