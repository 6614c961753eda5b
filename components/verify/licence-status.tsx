import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import type { SignatureCheck } from "@/lib/licences/signature";
import type { TFunction } from "@/lib/i18n/core";

const STATUS_STYLE: Record<LicenceStatus, string> = {
  VALID: "border-green-700 bg-green-50 text-green-900",
  SUSPENDED: "border-amber-700 bg-amber-50 text-amber-900",
  REVOKED: "border-red-700 bg-red-50 text-red-900",
  EXPIRED: "border-slate-600 bg-slate-100 text-slate-900",
  CANCELLED: "border-slate-600 bg-slate-100 text-slate-900",
  SUPERSEDED: "border-slate-600 bg-slate-100 text-slate-900",
};

/** The live status in words (colour only repeats what the text says). */
export function StatusBadge({ status, t }: { status: LicenceStatus; t: TFunction }) {
  return (
    <span data-testid="licence-status" data-status={status} className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[status]}`}>
      {t(`verify.status.${status}`)}
    </span>
  );
}

/** The signature check in plain words. */
export function SignatureResult({ check, t, short = false }: { check: SignatureCheck | "unsigned"; t: TFunction; short?: boolean }) {
  const ok = check === "valid";
  return (
    <span data-testid="signature-check" data-check={check} className={ok ? "font-semibold text-green-900" : "font-semibold text-red-800"}>
      <span aria-hidden="true">{ok ? "✓ " : "⚠ "}</span>
      {short ? t(`verify.signatureShort.${check}`) : t(`verify.signature.${check}`)}
    </span>
  );
}
