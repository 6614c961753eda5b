import "server-only";
// 一次申办: one application for the business licence (when the enterprise is new) and every chosen permit.
// 珠海方案 三(一)1: 企业办理营业执照时，可同时申办多个相关许可证件; 二轨: a single matter can be applied for alone.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZStartApplication } from "./schemas";
import { loadQuestions } from "@/lib/guidance/load-guidance";
import { parseAnswers } from "@/lib/guidance/answers";
import { visibleQuestions } from "@/lib/guidance/evaluate";
import { assertEnterpriseActive } from "@/lib/registration/authority";

export const REGISTRATION_CODE = "BUSINESS_REGISTRATION";

export async function startApplication(opts: { actor: SessionUser; now: Date; input: unknown }): Promise<{ id: string; created: boolean }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const parsed = ZStartApplication.safeParse(opts.input);
  if (!parsed.success) throw new AppError("BAD_INPUT", parsed.error.issues.map((i) => i.message).join("；"));
  const { clientKey } = parsed.data;
  const idempotencyKey = `start:${actor.id}:${clientKey}`;

  const db = getDb();
  await assertEnterpriseActive(db, actor.enterpriseId);
  const existing = await db.application.findUnique({ where: { idempotencyKey }, select: { id: true, applicantId: true } });
  if (existing) {
    if (existing.applicantId !== actor.id) throw new AppError("NOT_FOUND", "申请不存在");
    return { id: existing.id, created: false };
  }

  // A new business applies for its business licence in the same application; an existing one never does.
  const codes = new Set(parsed.data.matterCodes);
  if (actor.enterpriseId) codes.delete(REGISTRATION_CODE);
  else codes.add(REGISTRATION_CODE);
  const matters = await db.matter.findMany({
    where: {
      code: { in: [...codes] },
      isActive: true,
      OR: [{ code: REGISTRATION_CODE }, { kind: "PERMIT", reformMode: { not: "CANCEL" } }],
    },
    select: { id: true, code: true },
  });
  const unknown = [...codes].filter((c) => !matters.some((m) => m.code === c));
  if (unknown.length) throw new AppError("BAD_INPUT", `以下事项不存在、已停止办理或无需申请：${unknown.join("、")}`);
  if (!matters.some((m) => m.code !== REGISTRATION_CODE)) throw new AppError("BAD_INPUT", "请至少选择一个许可事项");

  // Keep only answers to questions the finder would actually have shown for these answers.
  let guideAnswers: Prisma.InputJsonValue | undefined;
  if (parsed.data.guideQuery) {
    const questions = await loadQuestions();
    const params = Object.fromEntries(new URLSearchParams(parsed.data.guideQuery));
    const { effective } = visibleQuestions(questions, parseAnswers(params, questions));
    if (Object.keys(effective).length) guideAnswers = effective;
  }

  try {
    return await db.$transaction(async (tx) => {
      const app = await tx.application.create({
        data: {
          applicantId: actor.id,
          enterpriseId: actor.enterpriseId,
          status: "DRAFT",
          guideAnswers,
          idempotencyKey,
          items: { create: matters.map((m) => ({ matterId: m.id })) },
        },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "application.start",
        entityType: "Application",
        entityId: app.id,
        after: { matters: matters.map((m) => m.code) },
        at: now,
      });
      return { id: app.id, created: true };
    });
  } catch (e) {
    // The same start arriving twice at once: the unique key lets one through; the other returns it.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const winner = await db.application.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true } });
      return { id: winner.id, created: false };
    }
    throw e;
  }
}
