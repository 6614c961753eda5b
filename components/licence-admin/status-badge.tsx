import type { TFunction } from "@/lib/i18n/core";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<LicenceStatus, string> = {
  VALID: "border-green-700 bg-green-50 text-green-900",
  SUSPENDED: "border-amber-700 bg-amber-50 text-amber-900",
  REVOKED: "border-red-700 bg-red-50 text-red-900",
  EXPIRED: "border-slate-600 bg-slate-100 text-slate-800",
  CANCELLED: "border-slate-600 bg-slate-100 text-slate-800",
  SUPERSEDED: "border-slate-600 bg-slate-100 text-slate-800",
};

/** A licence's status as a word in a bordered badge (the colour only repeats what the word says). */
export function LicenceStatusBadge({ t, status }: { t: TFunction; status: LicenceStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`} data-testid="licence-status" data-status={status}>
      {t(`licenceAdmin.status.${status}`)}
    </span>
  );
}
