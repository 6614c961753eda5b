import "server-only";
// At 统一出件, a permit granted on commitment gets its 告知承诺核查 task when the rule selects it
// (verification-rules.ts planVerification): the issuing department's inspectors see it, due by the risk's
// date. Runs inside the issuance transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { shanghaiDay } from "@/lib/calendar/dates";
import { planVerification } from "./verification-rules";

export async function scheduleVerification(
  tx: Prisma.TransactionClient,
  opts: { licence: { id: string; number: string; enterpriseId: string }; matter: { id: string; departmentId: string; riskLevel: RiskLevel }; now: Date },
): Promise<boolean> {
  const { licence, matter, now } = opts;
  const plan = planVerification({ riskLevel: matter.riskLevel, licenceNumber: licence.number, issuedOn: shanghaiDay(now) });
  if (!plan.selected) return false;
  await tx.commitmentVerification.create({
    data: {
      licenceId: licence.id,
      enterpriseId: licence.enterpriseId,
      departmentId: matter.departmentId,
      matterId: matter.id,
      riskLevel: matter.riskLevel,
      selection: plan.selection,
      dueOn: new Date(`${plan.dueOn}T00:00:00Z`),
      createdAt: now,
    },
  });
  return true;
}
