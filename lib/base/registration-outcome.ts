// What an approved registration change did to an enterprise's licences, as its outcome JSON stores it, and
// which licences are still held: read by lib/registration (which writes it), lib/supervision (the dossier) and
// lib/verify (the public pages), so it lives below all three.
import type { LicenceStatus, PremisesReview } from "@/lib/generated/prisma/enums";

/** Statuses in which a licence is still held: the ones a change re-issues and a cancellation ends. */
export const HELD_STATUSES: readonly LicenceStatus[] = ["VALID", "SUSPENDED"];

/** A premises-bound licence that was at the old registered address, as the request's outcome records it. */
export type ReviewOutcome = {
  /** The number in force after the decision (the new version's when a new name re-issued it). */
  number: string;
  matter: string;
  /** Its premises: the old registered address, for which it stays valid (unless suspended). */
  address: string;
  review: PremisesReview;
  /** Suspended for the move (the matter's rule); otherwise it stays valid for its old premises. */
  suspended: boolean;
  department: string;
};

/** What an approved request did, as its outcome JSON stores it (read defensively: older requests lack kept/review). */
export interface RegistrationOutcome {
  reissued: { from: string; to: string }[];
  cancelled: string[];
  /** An address change: licences on premises of their own, left as they were. */
  kept: string[];
  /** An address change: premises-bound licences that were at the old address, not moved, left for review. */
  review: ReviewOutcome[];
}

export function parseOutcome(raw: unknown): RegistrationOutcome {
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const list = <T>(v: unknown, ok: (x: unknown) => boolean): T[] => (Array.isArray(v) ? (v.filter(ok) as T[]) : []);
  const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === "object";
  return {
    reissued: list(o.reissued, (x) => isObj(x) && typeof x.from === "string" && typeof x.to === "string"),
    cancelled: list(o.cancelled, (x) => typeof x === "string"),
    kept: list(o.kept, (x) => typeof x === "string"),
    review: list(o.review, (x) => isObj(x) && typeof x.number === "string" && (x.review === "NEW_APPLICATION" || x.review === "ONSITE_CHECK")),
  };
}

/** What an approved address change left a licence with: on its own premises, or not moved and left for review. */
export type PremisesNote =
  | { kind: "kept"; at: Date; registeredAddress: string | null }
  | { kind: "review"; at: Date; review: PremisesReview; suspended: boolean; address: string; registeredAddress: string | null };

/** The family of a licence number: every version shares the first version's number (nextVersionNumber). */
export const versionStem = (number: string) => number.replace(/-V\d+$/, "");

/**
 * The latest note about this licence (or an earlier version of it — a later name change re-issues it, but its
 * premises stay the ones the note is about) in the enterprise's approved changes, newest first.
 */
export function premisesNoteOf(
  number: string,
  changes: { decidedAt: Date | null; newAddress: string | null; outcome: RegistrationOutcome }[],
): PremisesNote | null {
  const stem = versionStem(number);
  const sorted = [...changes].filter((c) => c.decidedAt).sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime());
  for (const c of sorted) {
    const review = c.outcome.review.find((r) => versionStem(r.number) === stem);
    if (review)
      return { kind: "review", at: c.decidedAt!, review: review.review, suspended: review.suspended, address: review.address, registeredAddress: c.newAddress };
    if (c.outcome.kept.some((n) => versionStem(n) === stem)) return { kind: "kept", at: c.decidedAt!, registeredAddress: c.newAddress };
  }
  return null;
}
