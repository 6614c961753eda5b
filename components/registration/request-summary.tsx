// What a registration request asks for and what came of it, in words — one rendering for the enterprise's
// history and the authority's desk.
import type { TFunction } from "@/lib/i18n/core";
import type { RegistrationRequestRow } from "@/lib/registration/get-enterprise-registration";

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
              <li key={x.from}>{x.from} → {x.to}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {r.cancelled.length ? <p>{t("registration.change.cancelled", { count: r.cancelled.length })}</p> : null}
      {r.decisionReason ? <p className="text-sm text-slate-800">{t("registration.change.decisionReason", { reason: r.decisionReason })}</p> : null}
    </div>
  );
}
