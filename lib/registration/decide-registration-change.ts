import "server-only";
// The registration authority decides a 变更/注销 request. Approval does everything in ONE transaction:
// - 变更: the enterprise's name/address; every affected licence re-issued as a new signed version, the old
//   one SUPERSEDED (联动变更, rules.ts changeEffect). A premises-bound permit (the catalog's Matter.binding) that
//   was at the old registered address is never moved with it: it stays valid for its old premises or is
//   suspended (per the matter's rule), and the holder and the issuing department are told that a new
//   application or an on-site check is needed; one on premises of its own stays as it is. The request's
//   outcome records all three (reissued, kept, review);
// - 注销: the enterprise CANCELLED; every licence still held CANCELLED (联动注销); drafts and returned
//   applications closed as withdrawn — nothing can be issued to a cancelled enterprise;
// with an audit row for the request, the enterprise and each licence, a message to the enterprise's
// accounts and to the officers of every department whose licence changed (审管联动, 晋中方案 (004) 三(四)),
// and an outbox row sharing the registration with the data platform (金山方案 (000) 二(一)1: 企业设立、变更
// 登记信息共享至市大数据资源平台). Refusal carries the reason the applicant reads.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { NoticeKey } from "@/lib/notifications/notice-text";
import { shanghaiDay, isoDay } from "@/lib/calendar/dates";
import { currentSigningKey } from "@/lib/licences/signing-key";
import { reissueLicence, reissueSelect } from "@/lib/registration/reissue-licence";
import { assertRegistrationOfficer, lockEnterpriseRow } from "./authority";
import { recordEvent } from "@/lib/applications/record-event";
import { statusesFor } from "@/lib/applications/status-rules";
import { assertNameFree, assertNothingInProgress } from "./request-registration-change";
import { changeEffect, premisesRuleOf, type TDecideRegistrationChange } from "./rules";
import { HELD_STATUSES, type ReviewOutcome } from "@/lib/base/registration-outcome";

export interface DecisionResult {
  status: "APPROVED" | "REJECTED";
  /** Licence numbers: re-issued (from → to) or cancelled. */
  reissued: { from: string; to: string }[];
  cancelled: string[];
  /** Licences on premises of their own, left as they are by an address change. */
  kept: string[];
  review: ReviewOutcome[];
}

const E = "domain.registration.errors";
const N = "domain.registration.notices";

export async function decideRegistrationChange(opts: { actor: SessionUser; now: Date; input: TDecideRegistrationChange }): Promise<DecisionResult> {
  const { actor, now, input } = opts;
  const db = getDb();
  await assertRegistrationOfficer(db, actor);

  return db.$transaction(async (tx) => {
    const found = await tx.registrationChange.findUnique({ where: { id: input.changeId }, select: { enterpriseId: true } });
    if (!found) throw new AppError("NOT_FOUND", `${E}.requestNotFound`);
    await lockEnterpriseRow(tx, found.enterpriseId);
    // Re-read under the lock: of two officers (or an officer and a withdrawal) exactly one acts.
    const change = await tx.registrationChange.findUniqueOrThrow({ where: { id: input.changeId } });
    if (change.status !== "SUBMITTED") throw new AppError("CONFLICT", change.status === "WITHDRAWN" ? `${E}.decide.withdrawn` : `${E}.decide.decidedByOther`);
    const enterprise = await tx.enterprise.findUniqueOrThrow({
      where: { id: change.enterpriseId },
      select: { id: true, uscc: true, name: true, address: true, status: true },
    });

    let result: DecisionResult;
    if (input.action === "reject") {
      result = { status: "REJECTED", reissued: [], cancelled: [], kept: [], review: [] };
    } else if (enterprise.status !== "ACTIVE") {
      throw new AppError("CONFLICT", `${E}.decide.enterpriseCancelled`);
    } else if (change.kind === "CHANGE") {
      result = await approveChange(tx, { actor, now, change, enterprise });
    } else {
      result = await approveCancellation(tx, { actor, now, enterprise });
    }

    await tx.registrationChange.update({
      where: { id: change.id },
      data: {
        status: result.status,
        decidedById: actor.id,
        decidedAt: now,
        decisionReason: input.reason || null,
        outcome: { reissued: result.reissued, cancelled: result.cancelled, kept: result.kept, review: result.review } as unknown as Prisma.InputJsonValue,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `registration.${input.action}`,
      entityType: "RegistrationChange",
      entityId: change.id,
      before: { status: "SUBMITTED" },
      after: {
        status: result.status,
        reason: input.reason || null,
        reissued: result.reissued,
        cancelled: result.cancelled,
        kept: result.kept,
        review: result.review,
      },
      at: now,
    });

    const holders = { enterprises: [enterprise.id] };
    if (result.status === "REJECTED")
      await notify(tx, {
        to: holders,
        key: change.kind === "CANCEL" ? `${N}.cancelRejected` : `${N}.changeRejected`,
        params: { reason: input.reason },
        link: "/my/enterprise",
        now,
      });
    else if (change.kind === "CHANGE") await notify(tx, { to: holders, ...changeApprovedNotice(result), link: "/my/enterprise", now });
    else
      await notify(tx, {
        to: holders,
        key: `${N}.cancelApproved`,
        params: { count: result.cancelled.length, numbers: result.cancelled.join(", ") },
        link: "/my/enterprise",
        now,
      });
    return result;
  });
}

type Tx = Prisma.TransactionClient;
type Enterprise = { id: string; uscc: string; name: string; address: string };

/** What approval reads of each held licence: what re-issuing needs, and the matter's premises rule. */
const heldSelect = {
  ...reissueSelect,
  matter: { select: { ...reissueSelect.matter.select, binding: true, premisesReview: true, suspendOnAddressMove: true } },
} as const satisfies Prisma.LicenceSelect;

const SUSPENDED_FOR_MOVE = "登记住所变更，原经营场所的证照待发证部门现场核查";

async function approveChange(
  tx: Tx,
  opts: { actor: SessionUser; now: Date; change: { newName: string | null; newAddress: string | null }; enterprise: Enterprise },
): Promise<DecisionResult> {
  const { actor, now, change, enterprise } = opts;
  if (change.newName) await assertNameFree(tx, change.newName, enterprise.id);
  const name = change.newName ?? enterprise.name;
  const address = change.newAddress ?? enterprise.address;
  await tx.enterprise.update({ where: { id: enterprise.id }, data: { name, address } });
  await writeAudit(tx, {
    actorId: actor.id,
    action: "enterprise.change",
    entityType: "Enterprise",
    entityId: enterprise.id,
    before: { name: enterprise.name, address: enterprise.address },
    after: { name, address },
    at: now,
  });

  const today = shanghaiDay(now);
  const held = await tx.licence.findMany({
    where: { enterpriseId: enterprise.id, status: { in: [...HELD_STATUSES] } },
    select: heldSelect,
    orderBy: { issuedAt: "asc" },
  });
  const facts = { oldAddress: enterprise.address, newName: change.newName, newAddress: change.newAddress };
  const reissued: DecisionResult["reissued"] = [];
  const kept: string[] = [];
  const review: ReviewOutcome[] = [];
  const departments = new Map<string, string[]>();
  const tell = (departmentId: string, line: string) => departments.set(departmentId, [...(departments.get(departmentId) ?? []), line]);
  let signer: Awaited<ReturnType<typeof currentSigningKey>> | null = null;

  for (const old of held) {
    const effect = changeEffect(
      { status: old.status, address: old.address, validUntil: old.validUntil ? isoDay(old.validUntil) : null },
      premisesRuleOf(old.matter),
      facts,
      today,
    );
    const label = old.matter?.name ?? "证照";
    if (effect.kind === "none") continue;
    if (effect.kind === "keep") {
      kept.push(old.number);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "licence.keepPremises",
        entityType: "Licence",
        entityId: old.id,
        before: { number: old.number, address: old.address },
        after: { number: old.number, address: old.address, registeredAddress: address },
        at: now,
      });
      continue;
    }
    let current = { id: old.id, number: old.number, status: old.status };
    if (effect.kind === "reissue" || effect.renamed) {
      // A premises-bound licence keeps its premises: only the business licence and subject-bound ones move.
      const licenceAddress = effect.address;
      signer ??= await currentSigningKey(tx);
      const next = await reissueLicence(tx, { licence: old, holderName: name, address: licenceAddress, signer, now });
      reissued.push({ from: old.number, to: next.number });
      tell(old.issuedByDepartmentId, `${label} ${old.number} → ${next.number}`);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "licence.reissue",
        entityType: "Licence",
        entityId: old.id,
        before: { number: old.number, status: old.status, holderName: enterprise.name, address: old.address },
        after: { number: next.number, licenceId: next.id, status: "SUPERSEDED", holderName: name, address: licenceAddress },
        at: now,
      });
      current = next;
    }
    if (effect.kind !== "review") continue;
    let suspended = current.status === "SUSPENDED";
    if (effect.suspend && current.status === "VALID") {
      const done = await tx.licence.updateMany({ where: { id: current.id, status: "VALID" }, data: { status: "SUSPENDED", statusReason: SUSPENDED_FOR_MOVE } });
      if (done.count !== 1) throw new AppError("CONFLICT", `${E}.licenceChanged`, { number: current.number });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "licence.suspendForMove",
        entityType: "Licence",
        entityId: current.id,
        before: { status: "VALID" },
        after: { status: "SUSPENDED", statusReason: SUSPENDED_FOR_MOVE },
        at: now,
      });
      suspended = true;
    }
    const outcome: ReviewOutcome = {
      number: current.number,
      matter: label,
      address: old.address,
      review: effect.review,
      suspended,
      department: old.issuedBy.name,
    };
    review.push(outcome);
    // The holder and the issuing department each learn what is needed and what holds meanwhile.
    const notice = { key: reviewNoticeKey(outcome), params: { enterprise: name, matter: label, number: current.number, address: old.address }, now };
    await notify(tx, { to: { enterprises: [enterprise.id] }, ...notice, link: "/my/enterprise" });
    await notify(tx, { to: { departments: [old.issuedByDepartmentId] }, ...notice, link: "/dept/licences" });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "licence.premisesReview",
      entityType: "Licence",
      entityId: current.id,
      before: { number: current.number, address: old.address },
      after: { review: effect.review, suspended, premises: old.address, registeredAddress: address },
      at: now,
    });
  }

  await tellDepartments(tx, {
    now,
    departments,
    key: change.newName && change.newAddress ? `${N}.linkedRenameMove` : change.newName ? `${N}.linkedRename` : `${N}.linkedMove`,
    params: { enterprise: enterprise.name, name, address },
  });
  await tx.outboxMessage.create({
    data: {
      topic: "enterprise.changed",
      target: "data-platform",
      payload: {
        uscc: enterprise.uscc,
        before: { name: enterprise.name, address: enterprise.address },
        after: { name, address },
        reissued,
        kept,
        review: review.map((r) => ({ number: r.number, review: r.review, suspended: r.suspended })),
        at: now.toISOString(),
      } as unknown as Prisma.InputJsonValue,
      nextAttemptAt: now,
      createdAt: now,
    },
  });
  return { status: "APPROVED", reissued, cancelled: [], kept, review };
}

/** The notice about a licence left for review: what the holder needs (its review) and what holds meanwhile. */
function reviewNoticeKey(r: ReviewOutcome): NoticeKey {
  if (r.review === "ONSITE_CHECK") return r.suspended ? `${N}.premisesReviewOnsiteCheckSuspended` : `${N}.premisesReviewOnsiteCheck`;
  return r.suspended ? `${N}.premisesReviewNewApplicationSuspended` : `${N}.premisesReviewNewApplication`;
}

/**
 * The holder's notice of an approved change: the re-issued versions ("old → new" lines) and the licences kept
 * at premises of their own; each licence left for review has a notice of its own (reviewNoticeKey).
 */
function changeApprovedNotice(result: DecisionResult): { key: NoticeKey; params: Record<string, string | number> } {
  const params = { count: result.reissued.length, reissued: result.reissued.map((r) => `${r.from} → ${r.to}`).join("\n"), kept: result.kept.join(", ") };
  const key =
    result.reissued.length && result.kept.length
      ? `${N}.changeApprovedReissuedKept`
      : result.reissued.length
        ? `${N}.changeApprovedReissued`
        : result.kept.length
          ? `${N}.changeApprovedKept`
          : `${N}.changeApproved`;
  return { key: key as NoticeKey, params };
}

const CANCELLED_REASON = "企业已办理注销登记（联动注销）";

async function approveCancellation(tx: Tx, opts: { actor: SessionUser; now: Date; enterprise: Enterprise }): Promise<DecisionResult> {
  const { actor, now, enterprise } = opts;
  // Checked again now: an application may have been submitted since the request was filed.
  await assertNothingInProgress(tx, enterprise.id);
  await tx.enterprise.update({ where: { id: enterprise.id }, data: { status: "CANCELLED" } });
  await writeAudit(tx, {
    actorId: actor.id,
    action: "enterprise.cancel",
    entityType: "Enterprise",
    entityId: enterprise.id,
    before: { status: "ACTIVE" },
    after: { status: "CANCELLED" },
    at: now,
  });

  const held = await tx.licence.findMany({
    where: { enterpriseId: enterprise.id, status: { in: [...HELD_STATUSES] } },
    select: { id: true, number: true, status: true, statusReason: true, issuedByDepartmentId: true, matter: { select: { name: true } } },
    orderBy: { issuedAt: "asc" },
  });
  const departments = new Map<string, string[]>();
  for (const l of held) {
    const ended = await tx.licence.updateMany({ where: { id: l.id, status: l.status }, data: { status: "CANCELLED", statusReason: CANCELLED_REASON } });
    if (ended.count !== 1) throw new AppError("CONFLICT", `${E}.licenceChanged`, { number: l.number });
    departments.set(l.issuedByDepartmentId, [...(departments.get(l.issuedByDepartmentId) ?? []), `${l.matter?.name ?? "证照"} ${l.number}`]);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "licence.cancel",
      entityType: "Licence",
      entityId: l.id,
      before: { status: l.status, statusReason: l.statusReason },
      after: { status: "CANCELLED", statusReason: CANCELLED_REASON },
      at: now,
    });
  }
  // What never reached a department closes (the state table's CANCEL: a draft, a returned one); what is under
  // approval runs on to a decision.
  const unfinished = await tx.application.findMany({
    where: { enterpriseId: enterprise.id, status: { in: statusesFor("CANCEL") } },
    select: { id: true, status: true },
  });
  for (const a of unfinished) {
    const closed = await tx.application.updateMany({ where: { id: a.id, status: a.status }, data: { status: "WITHDRAWN", version: { increment: 1 } } });
    if (closed.count !== 1) continue; // changed meanwhile (e.g. submitted): it is no longer unfinished
    await recordEvent(tx, { applicationId: a.id, type: "CANCEL", from: a.status, actorId: actor.id, at: now, detail: { reason: CANCELLED_REASON } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.withdrawOnCancel",
      entityType: "Application",
      entityId: a.id,
      before: { status: a.status },
      after: { status: "WITHDRAWN", reason: CANCELLED_REASON },
      at: now,
    });
  }
  await tellDepartments(tx, { now, departments, key: `${N}.linkedCancel`, params: { enterprise: enterprise.name } });
  await tx.outboxMessage.create({
    data: {
      topic: "enterprise.cancelled",
      target: "data-platform",
      payload: { uscc: enterprise.uscc, name: enterprise.name, cancelled: held.map((l) => l.number), at: now.toISOString() },
      nextAttemptAt: now,
      createdAt: now,
    },
  });
  return { status: "APPROVED", reissued: [], cancelled: held.map((l) => l.number), kept: [], review: [] };
}

/** The officers of each department whose licences changed learn which ones (审管联动): its own lines only. */
async function tellDepartments(
  tx: Tx,
  opts: { now: Date; departments: Map<string, string[]>; key: NoticeKey; params: Record<string, string | number> },
): Promise<void> {
  for (const [departmentId, lines] of opts.departments)
    await notify(tx, {
      to: { departments: [departmentId] },
      key: opts.key,
      params: { ...opts.params, licences: lines.join("\n") },
      link: "/dept/licences",
      now: opts.now,
    });
}
