import "server-only";
// The enterprise's own registration page (/my/enterprise): what is registered now, what a change or a
// cancellation would do to each licence it holds, whether a cancellation must wait for applications in
// progress, and every request it made with its outcome. Scoped to the actor's enterprise.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { EnterpriseStatus, LicenceKind, LicenceStatus, RegistrationChangeKind, RegistrationChangeStatus } from "@/lib/generated/prisma/enums";
import { IN_PROGRESS_STATUSES, registrationAuthority } from "./authority";
import { changeEffect, effectView, premisesRuleOf, type EffectView } from "./rules";
import { HELD_STATUSES, parseOutcome, type RegistrationOutcome } from "@/lib/base/registration-outcome";
import { shanghaiDay, isoDay } from "@/lib/calendar/dates";

export interface HeldLicenceRow {
  id: string;
  number: string;
  kind: LicenceKind;
  status: LicenceStatus;
  matter: string | null;
  issuer: string;
  /** Carries the registered address: re-issued by an address change too (a new name re-issues every one). */
  atRegisteredAddress: boolean;
  /**
   * What a change of the registered address would do to it (rules.ts changeEffect): "reissue" (business
   * licence and subject-bound ones at the registered address), "keep" (on premises of its own), "review"
   * (premises-bound at the registered address: not moved; a new application or an on-site check needed).
   */
  onAddressChange: EffectView;
}

export interface RegistrationRequestRow extends RegistrationOutcome {
  id: string;
  kind: RegistrationChangeKind;
  status: RegistrationChangeStatus;
  oldName: string;
  oldAddress: string;
  newName: string | null;
  newAddress: string | null;
  reason: string;
  requestedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
}

export interface EnterpriseRegistration {
  enterprise: { name: string; uscc: string; address: string; status: EnterpriseStatus; legalRepName: string; establishedAt: Date };
  authority: string | null;
  held: HeldLicenceRow[];
  inProgress: number;
  open: RegistrationRequestRow | null;
  requests: RegistrationRequestRow[];
}

export async function getEnterpriseRegistration(opts: { actor: SessionUser; now?: Date }): Promise<EnterpriseRegistration | null> {
  assertCan(opts.actor.role, "registration.request");
  const enterpriseId = opts.actor.enterpriseId;
  if (!enterpriseId) return null;
  const db = getDb();
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseId },
    select: {
      name: true,
      uscc: true,
      address: true,
      status: true,
      legalRepName: true,
      establishedAt: true,
      licences: {
        where: { status: { in: [...HELD_STATUSES] } },
        select: {
          id: true,
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
      registrationChanges: { orderBy: { requestedAt: "desc" }, take: 20 },
    },
  });
  if (!enterprise) return null;
  const inProgress = await db.application.count({ where: { enterpriseId, status: { in: [...IN_PROGRESS_STATUSES] } } });
  const today = shanghaiDay(opts.now ?? new Date());
  const authority = await registrationAuthority(db);
  const requests = enterprise.registrationChanges.map(toRequestRow);
  return {
    enterprise: {
      name: enterprise.name,
      uscc: enterprise.uscc,
      address: enterprise.address,
      status: enterprise.status,
      legalRepName: enterprise.legalRepName,
      establishedAt: enterprise.establishedAt,
    },
    authority: authority?.name ?? null,
    held: enterprise.licences.map((l) => ({
      id: l.id,
      number: l.number,
      kind: l.kind,
      status: l.status,
      matter: l.matter?.name ?? null,
      issuer: l.issuedBy.name,
      atRegisteredAddress: l.address === enterprise.address,
      // What a change of the registered address (to anywhere else) would do to it.
      onAddressChange: effectView(
        changeEffect(
          { status: l.status, address: l.address, validUntil: l.validUntil ? isoDay(l.validUntil) : null },
          premisesRuleOf(l.matter),
          { oldAddress: enterprise.address, newName: null, newAddress: `${enterprise.address} (new)` },
          today,
        ),
      ),
    })),
    inProgress,
    open: requests.find((r) => r.status === "SUBMITTED") ?? null,
    requests,
  };
}

/** A request as both sides list it; the outcome JSON read defensively. */
export function toRequestRow(r: Omit<RegistrationRequestRow, keyof RegistrationOutcome> & { outcome: unknown }): RegistrationRequestRow {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    oldName: r.oldName,
    oldAddress: r.oldAddress,
    newName: r.newName,
    newAddress: r.newAddress,
    reason: r.reason,
    requestedAt: r.requestedAt,
    decidedAt: r.decidedAt,
    decisionReason: r.decisionReason,
    ...parseOutcome(r.outcome),
  };
}
