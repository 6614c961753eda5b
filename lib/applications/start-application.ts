import "server-only";
// 一次申办: one application for the business licence (when the enterprise is new) and every chosen permit.
// 珠海方案 三(一)1: 企业办理营业执照时，可同时申办多个相关许可证件; 二轨: a single matter can be applied for alone.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TStartApplicationAt } from "./schemas";
import { loadQuestions } from "@/lib/guidance/load-guidance";
import { parseAnswers } from "@/lib/guidance/answers";
import { visibleQuestions } from "@/lib/guidance/evaluate";
import { assertEnterpriseActive } from "@/lib/base/enterprise-active";

export const REGISTRATION_CODE = "BUSINESS_REGISTRATION";

/** Applications still open: a second one for the same matter at the same premises would be a duplicate. */
export const PENDING_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "DECIDED"] as const;

/** Where the applicant goes on with an application: the form while it is a draft, else its tracking page. */
export const applicationHref = (a: { id: string; status: string }) => (a.status === "DRAFT" ? `/apply/${a.id}` : `/my/applications/${a.id}`);

/** Premises addresses compared as a person writes them: full-width and half-width alike, spaces ignored. */
export const samePremises = (a: string | null, b: string | null) => normalizeAddress(a) === normalizeAddress(b);
const normalizeAddress = (s: string | null) => (s ?? "").normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/**
 * A pending application for one of the same matters at the same premises (the first one of them). Carries
 * where that application is, so the start page can link to it.
 */
export class DuplicateApplicationError extends AppError {
  readonly existing: { id: string; status: string; href: string; matters: string[] };
  constructor(existing: { id: string; status: (typeof PENDING_STATUSES)[number]; matters: string[] }) {
    const href = applicationHref(existing);
    super("CONFLICT", `domain.applications.errors.start.duplicate.${existing.status}`, { matters: existing.matters.join(", "), href }, { link: href });
    this.name = "DuplicateApplicationError";
    this.existing = { id: existing.id, status: existing.status, href, matters: existing.matters };
  }
}

type Db = Prisma.TransactionClient;

/** The premises an application is for: the address typed in its form, else the one the form starts from (the registered address). */
function premisesOf(a: { formData: unknown; registration: unknown; enterprise: { address: string } | null }): string | null {
  const form = (a.formData ?? {}) as Record<string, unknown>;
  const reg = (a.registration ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);
  return text(form["premises.address"]) ?? text(form["subject.address"]) ?? text(reg.address) ?? a.enterprise?.address ?? null;
}

/** Serialises starts (and submissions) of one enterprise, or of one account without an enterprise yet. Re-entrant. */
async function lockApplicationsOf(tx: Db, opts: { applicantId: string; enterpriseId: string | null }): Promise<void> {
  const owner = opts.enterpriseId ? `enterprise:${opts.enterpriseId}` : `applicant:${opts.applicantId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('application-start'), hashtext(${owner}))`;
}

/**
 * The first pending application of the same enterprise (for a company not registered yet: of the same
 * applicant account) that holds one of `matterIds` at the same premises, other than `exceptId`. The
 * business-registration matter itself is not compared: one account may found two companies.
 * Serialised per enterprise / account by a transaction-scoped advisory lock, so two starts at once see
 * each other.
 */
export async function findPendingDuplicate(
  tx: Db,
  opts: { applicantId: string; enterpriseId: string | null; matterIds: readonly string[]; premises: string | null; exceptId?: string },
): Promise<{ id: string; status: (typeof PENDING_STATUSES)[number]; matters: string[] } | null> {
  await lockApplicationsOf(tx, opts);
  const candidates = await tx.application.findMany({
    where: {
      ...(opts.enterpriseId ? { enterpriseId: opts.enterpriseId } : { applicantId: opts.applicantId, enterpriseId: null }),
      status: { in: [...PENDING_STATUSES] },
      ...(opts.exceptId ? { id: { not: opts.exceptId } } : {}),
      items: { some: { matterId: { in: [...opts.matterIds] }, matter: { code: { not: REGISTRATION_CODE } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      formData: true,
      registration: true,
      enterprise: { select: { address: true } },
      items: { where: { matterId: { in: [...opts.matterIds] }, matter: { code: { not: REGISTRATION_CODE } } }, select: { matter: { select: { name: true } } } },
    },
  });
  const hit = candidates.find((a) => samePremises(premisesOf(a), opts.premises));
  if (!hit) return null;
  return { id: hit.id, status: hit.status as (typeof PENDING_STATUSES)[number], matters: hit.items.map((i) => i.matter.name) };
}

/**
 * Refuses an application that would duplicate a pending one (same matter, same premises) — for the
 * submission step (submit-application.ts), where the premises the applicant typed are known.
 */
export async function assertNoPendingDuplicate(tx: Db, applicationId: string): Promise<void> {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      applicantId: true,
      enterpriseId: true,
      formData: true,
      registration: true,
      enterprise: { select: { address: true } },
      items: { select: { matterId: true } },
    },
  });
  const duplicate = await findPendingDuplicate(tx, {
    applicantId: app.applicantId,
    enterpriseId: app.enterpriseId,
    matterIds: app.items.map((i) => i.matterId),
    premises: premisesOf(app),
    exceptId: applicationId,
  });
  if (duplicate) throw new DuplicateApplicationError(duplicate);
}

/** Starts a draft (input parsed by ZStartApplication, or ZStartApplicationAt to name other premises). */
export async function startApplication(opts: { actor: SessionUser; now: Date; input: TStartApplicationAt }): Promise<{ id: string; created: boolean }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.submit");
  const { input } = opts;
  const { clientKey } = input;
  const idempotencyKey = `start:${actor.id}:${clientKey}`;

  const db = getDb();
  await assertEnterpriseActive(db, actor.enterpriseId);
  const existing = await db.application.findUnique({ where: { idempotencyKey }, select: { id: true, applicantId: true } });
  if (existing) {
    if (existing.applicantId !== actor.id) throw new AppError("NOT_FOUND", "domain.applications.errors.notFound");
    return { id: existing.id, created: false };
  }

  // A new business applies for its business licence in the same application; an existing one never does.
  const codes = new Set(input.matterCodes);
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
  if (unknown.length) throw new AppError("BAD_INPUT", "domain.applications.errors.start.unknownMatters", { codes: unknown.join(", ") });
  if (!matters.some((m) => m.code !== REGISTRATION_CODE)) throw new AppError("BAD_INPUT", "domain.applications.errors.start.choosePermit");

  // Keep only answers to questions the finder would actually have shown for these answers.
  let guideAnswers: Prisma.InputJsonValue | undefined;
  if (input.guideQuery) {
    const questions = await loadQuestions();
    const params = Object.fromEntries(new URLSearchParams(input.guideQuery));
    const { effective } = visibleQuestions(questions, parseAnswers(params, questions));
    if (Object.keys(effective).length) guideAnswers = effective;
  }

  try {
    return await db.$transaction(async (tx) => {
      // One enterprise, one pending application per matter and premises. A new draft starts at the
      // registered address (lib/forms/derive.ts copies it as the premises) unless the start names other
      // premises; the submission checks again with the premises typed (assertNoPendingDuplicate).
      await lockApplicationsOf(tx, { applicantId: actor.id, enterpriseId: actor.enterpriseId });
      // The same click arriving twice waited here for the first: it returns that draft, not a refusal.
      const same = await tx.application.findUnique({ where: { idempotencyKey }, select: { id: true } });
      if (same) return { id: same.id, created: false };
      const enterprise = actor.enterpriseId ? await tx.enterprise.findUnique({ where: { id: actor.enterpriseId }, select: { address: true } }) : null;
      const duplicate = await findPendingDuplicate(tx, {
        applicantId: actor.id,
        enterpriseId: actor.enterpriseId,
        matterIds: matters.map((m) => m.id),
        premises: input.premisesAddress ?? enterprise?.address ?? null,
      });
      if (duplicate) throw new DuplicateApplicationError(duplicate);
      const app = await tx.application.create({
        data: {
          applicantId: actor.id,
          enterpriseId: actor.enterpriseId,
          status: "DRAFT",
          guideAnswers,
          // The premises the start named are the form's premises address (the applicant may still correct it).
          ...(input.premisesAddress ? { formData: { "premises.address": input.premisesAddress } } : {}),
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
