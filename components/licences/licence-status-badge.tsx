// A licence's live status and its signature check in words — one look for the verify pages, the wallet,
// share links and the department's licence desk. The colour only repeats what the word says.
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import type { SignatureCheck } from "@/lib/licences/signature";
import type { TFunction } from "@/lib/i18n/core";

const TONE: Record<LicenceStatus, string> = {
  VALID: "border-green-700 bg-green-50 text-green-900",
  SUSPENDED: "border-amber-700 bg-amber-50 text-amber-900",
  REVOKED: "border-red-700 bg-red-50 text-red-900",
  EXPIRED: "border-slate-600 bg-slate-100 text-slate-800",
  CANCELLED: "border-slate-600 bg-slate-100 text-slate-800",
  SUPERSEDED: "border-slate-600 bg-slate-100 text-slate-800",
};

/** A licence's status as a word in a bordered badge. */
export function LicenceStatusBadge({ t, status }: { t: TFunction; status: LicenceStatus }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`}
      data-testid="licence-status"
      data-status={status}
    >
      {t(`licenceStatus.${status}`)}
    </span>
  );
}

/** The signature check in plain words: short ("真实有效") or with its explanation. */
export function SignatureResult({ check, t, short = false }: { check: SignatureCheck | "unsigned"; t: TFunction; short?: boolean }) {
  const ok = check === "valid";
  return (
    <span data-testid="signature-check" data-check={check} className={ok ? "font-semibold text-green-900" : "font-semibold text-red-800"}>
      <span aria-hidden="true">{ok ? "✓ " : "⚠ "}</span>
      {short ? t(`licenceSignature.${check}`) : t(`licenceSignatureDetail.${check}`)}
    </span>
  );
}
