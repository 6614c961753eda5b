import "server-only";
// The registration authority's desk (/dept/registrations): requests waiting, oldest first, and the latest
// decided ones; one request with what approving it would do (/dept/registrations/[id]). Only the
// authority's officers (authority.ts); anyone else is refused.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { shanghaiDay, isoDay } from "@/lib/calendar/dates";
import type { LicenceKind, LicenceStatus } from "@/lib/generated/prisma/enums";
import { IN_PROGRESS_STATUSES, assertRegistrationOfficer } from "./authority";
import { toRequestRow, type RegistrationRequestRow } from "./get-enterprise-registration";
import { changeEffect, effectView, isReissued, premisesRuleOf, type EffectView } from "./rules";
import { HELD_STATUSES } from "@/lib/base/registration-outcome";

export type DeskRequestRow = RegistrationRequestRow & { uscc: string; enterpriseName: string };

const listSelect = {
  id: true,
  kind: true,
  status: true,
  oldName: true,
  oldAddress: true,
  newName: true,
  newAddress: true,
  reason: true,
  requestedAt: true,
  decidedAt: true,
  decisionReason: true,
  outcome: true,
  enterprise: { select: { uscc: true, name: true } },
} as const;

function toDeskRow(r: { enterprise: { uscc: string; name: string } } & Parameters<typeof toRequestRow>[0]): DeskRequestRow {
  return { ...toRequestRow(r), uscc: r.enterprise.uscc, enterpriseName: r.enterprise.name };
}

export async function listRegistrationChanges(opts: { actor: SessionUser }): Promise<{ waiting: DeskRequestRow[]; decided: DeskRequestRow[] }> {
  const db = getDb();
  await assertRegistrationOfficer(db, opts.actor);
  const waiting = await db.registrationChange.findMany({ where: { status: "SUBMITTED" }, orderBy: { requestedAt: "asc" }, take: 200, select: listSelect });
  const decided = await db.registrationChange.findMany({
    where: { status: { in: ["APPROVED", "REJECTED"] } },
    orderBy: { decidedAt: "desc" },
    take: 20,
    select: listSelect,
  });
  return { waiting: waiting.map(toDeskRow), decided: decided.map(toDeskRow) };
}

export interface DeskRequestDetail {
  request: DeskRequestRow;
  enterprise: { name: string; address: string; status: string; legalRepName: string };
  /**
   * Every licence still held, and what approving this request does to it: re-issue (变更), cancel (注销),
   * keep (own premises), or — a premises-bound licence at the old registered address — not move it and
   * leave it for the issuing department's review (rules.ts changeEffect).
   */
  licences: {
    number: string;
    kind: LicenceKind;
    status: LicenceStatus;
    matter: string | null;
    issuer: string;
    address: string;
    affected: boolean;
    effect: EffectView;
  }[];
  inProgress: number;
}

export async function getRegistrationChange(opts: { actor: SessionUser; now: Date; changeId: string }): Promise<DeskRequestDetail> {
  const db = getDb();
  await assertRegistrationOfficer(db, opts.actor);
  const row = await db.registrationChange.findUnique({
    where: { id: opts.changeId },
    select: {
      ...listSelect,
      enterprise: {
        select: {
          id: true,
          uscc: true,
          name: true,
          address: true,
          status: true,
          legalRepName: true,
          licences: {
            where: { status: { in: [...HELD_STATUSES] } },
            select: {
              number: true,
              kind: true,
              status: true,
              address: true,
              validUntil: true,
              matter: { select: { name: true, binding: true, premisesReview: true, suspendOnAddressMove: true } },
              issuedBy: { select: { name: true } },
            },
            orderBy: [{ kind: "asc" }, { issuedAt: "asc" }],
          },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "domain.registration.errors.requestNotFound");
  const today = shanghaiDay(opts.now);
  const e = row.enterprise;
  const inProgress = await db.application.count({ where: { enterpriseId: e.id, status: { in: [...IN_PROGRESS_STATUSES] } } });
  return {
    request: toDeskRow(row),
    enterprise: { name: e.name, address: e.address, status: e.status, legalRepName: e.legalRepName },
    licences: e.licences.map((l) => {
      const effect =
        row.kind === "CANCEL"
          ? ({ kind: "cancel" } as const)
          : changeEffect(
              { status: l.status, address: l.address, validUntil: l.validUntil ? isoDay(l.validUntil) : null },
              premisesRuleOf(l.matter),
              { oldAddress: e.address, newName: row.newName, newAddress: row.newAddress },
              today,
            );
      return {
        number: l.number,
        kind: l.kind,
        status: l.status,
        matter: l.matter?.name ?? null,
        issuer: l.issuedBy.name,
        address: l.address,
        affected: effect.kind === "cancel" || isReissued(effect) || effect.kind === "review",
        effect: effectView(effect),
      };
    }),
    inProgress,
  };
}
