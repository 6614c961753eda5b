// What an approved change of the registered address left a licence with (issue 15 part 3): on premises of its
// own and unchanged, or granted for the old premises, not moved and awaiting the issuing department's review.
// The current status decides the second sentence: a suspension the department has since lifted says so.
import type { Locale, TFunction } from "@/lib/i18n/core";
import type { LicenceStatus } from "@/lib/generated/prisma/enums";
import type { PremisesNote as Note } from "@/lib/base/registration-outcome";
import { formatDateTime } from "@/components/ui/date-time";

export function PremisesNote({ note, status, t, locale }: { note: Note | null; status: LicenceStatus; t: TFunction; locale: Locale }) {
  if (!note) return null;
  const date = formatDateTime(note.at, locale);
  const registeredAddress = note.registeredAddress ?? "";
  if (note.kind === "kept") {
    return (
      <p className="text-sm text-slate-700" data-testid="premises-note" data-kind="kept">
        {t("verify.premises.kept", { date, registeredAddress })}
      </p>
    );
  }
  const holds =
    status === "SUSPENDED"
      ? t("verify.premises.reviewSuspended")
      : note.suspended && status === "VALID"
        ? t("verify.premises.reviewReinstated")
        : status === "VALID"
          ? t("verify.premises.reviewValid", { address: note.address })
          : null;
  return (
    <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="premises-note" data-kind="review">
      {t("verify.premises.review", { date, registeredAddress, need: t(`registration.review.need.${note.review}`) })}
      {holds ? ` ${holds}` : null}
    </p>
  );
}
