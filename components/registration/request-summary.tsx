// What a registration request asks for and what came of it, in words — one rendering for the enterprise's
// history and the authority's desk.
import type { TFunction } from "@/lib/i18n/core";
import type { RegistrationRequestRow } from "@/lib/registration/get-enterprise-registration";
import type { EffectView } from "@/lib/registration/rules";
import type { ReviewOutcome } from "@/lib/base/registration-outcome";

export function RequestContent({ t, r }: { t: TFunction; r: RegistrationRequestRow }) {
  if (r.kind === "CANCEL") return <span>{t("registration.change.cancel")}</span>;
  return (
    <ul className="space-y-1">
      {r.newName ? <li>{t("registration.change.name", { from: r.oldName, to: r.newName })}</li> : null}
      {r.newAddress ? <li>{t("registration.change.address", { from: r.oldAddress, to: r.newAddress })}</li> : null}
    </ul>
  );
}

export function RequestOutcome({ t, r }: { t: TFunction; r: RegistrationRequestRow }) {
  return (
    <div className="space-y-1">
      <p className="font-medium">{t(`registration.status.${r.status}`)}</p>
      {r.reissued.length ? (
        <details>
          <summary className="cursor-pointer text-brand-700 underline">{t("registration.change.reissued", { count: r.reissued.length })}</summary>
          <ul className="mt-1 space-y-1 font-mono text-sm break-all">
            {r.reissued.map((x) => (
              <li key={x.from}>
                {x.from} → {x.to}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {r.cancelled.length ? <p>{t("registration.change.cancelled", { count: r.cancelled.length })}</p> : null}
      {r.kept.length ? (
        <details data-testid="outcome-kept">
          <summary className="cursor-pointer text-brand-700 underline">{t("registration.outcome.kept", { count: r.kept.length })}</summary>
          <ul className="mt-1 space-y-1 font-mono text-sm break-all">
            {r.kept.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {r.review.length ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-2" data-testid="outcome-review">
          <p className="font-medium">{t("registration.outcome.review", { count: r.review.length })}</p>
          <ul className="mt-1 space-y-1 text-sm">
            {r.review.map((x) => (
              <li key={x.number} className="break-words" data-number={x.number}>
                {reviewItem(t, x)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.decisionReason ? <p className="text-sm text-slate-800">{t("registration.change.decisionReason", { reason: r.decisionReason })}</p> : null}
    </div>
  );
}

/** One premises-bound licence left for review: what is needed for the new address and what holds meanwhile. */
export function reviewItem(t: TFunction, x: ReviewOutcome): string {
  return t("registration.outcome.reviewItem", {
    matter: x.matter,
    number: x.number,
    need: t(`registration.review.need.${x.review}`),
    holds: x.suspended ? t("registration.review.suspendedMeanwhile") : t("registration.review.validMeanwhile", { address: x.address }),
  });
}

/** What approving a request does to one licence (the page before approval, the enterprise's own page). */
export function EffectText({ t, effect }: { t: TFunction; effect: EffectView }) {
  return (
    <span className="block">
      <span className={`block ${effect.key === "none" || effect.key === "keep" ? "" : "font-medium"}`}>{t(`registration.effect.${effect.key}`)}</span>
      {effect.review ? <span className="block text-sm">{t(`registration.review.need.${effect.review}`)}</span> : null}
      {effect.renamed ? <span className="block text-sm">{t("registration.effect.reviewRenamed")}</span> : null}
    </span>
  );
}
