// The enterprise's share links, newest first: what each shares, for what, until when, its status, and who
// opened it when (the outcome only — nothing about the visitor), with a revoke button while it is active.
import type { ShareSummary } from "@/lib/licences/list-shares";
import { SHARE_ACCESS_LOG_LIMIT } from "@/lib/licences/list-shares";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DateTimeText } from "@/components/ui/date-time";
import { RevokeShareButton, type RevokeShareAction } from "./revoke-share-button";

const STATUS_STYLE = { active: "bg-green-100 text-green-900", expired: "bg-slate-200 text-slate-900", revoked: "bg-red-100 text-red-900" } as const;

export function ShareList({ shares, t, locale, revokeAction }: { shares: ShareSummary[]; t: TFunction; locale: Locale; revokeAction: RevokeShareAction }) {
  return (
    <section aria-labelledby="share-list-heading" className="space-y-3">
      <h2 id="share-list-heading" className="text-xl font-semibold">
        {t("share.list.heading")}
      </h2>
      {shares.length === 0 ? (
        <p className="text-slate-700" data-testid="share-list-empty">
          {t("share.list.empty")}
        </p>
      ) : (
        <ul className="space-y-4" data-testid="share-list">
          {shares.map((s) => (
            <li key={s.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="share-item" data-status={s.status}>
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-lg font-semibold break-words">{s.purpose}</h3>
                <span className={`rounded px-2 py-0.5 text-sm font-medium ${STATUS_STYLE[s.status]}`}>{t(`share.status.${s.status}`)}</span>
              </div>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="text-slate-700">{t("share.list.licences")}</dt>
                <dd>
                  <ul>
                    {s.licences.map((l) => (
                      <li key={l.number} className="break-all">
                        {t("share.create.licenceOption", { kind: t(`licenceKind.${l.kind}`), number: l.number })}
                        {l.matter ? (
                          <span className="text-slate-700">
                            {t("common.listSeparator")}
                            {l.matter}
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt className="text-slate-700">{t("share.list.createdAt")}</dt>
                <dd>
                  <DateTimeText date={s.createdAt} locale={locale} />
                </dd>
                <dt className="text-slate-700">{t("share.list.expiresAt")}</dt>
                <dd>
                  <DateTimeText date={s.expiresAt} locale={locale} />
                </dd>
                {s.revokedAt ? (
                  <>
                    <dt className="text-slate-700">{t("share.list.revokedAt")}</dt>
                    <dd>
                      <DateTimeText date={s.revokedAt} locale={locale} />
                    </dd>
                  </>
                ) : null}
                <dt className="text-slate-700">{t("share.list.accessCount")}</dt>
                <dd data-testid="share-access-count">{t("share.list.accessCountValue", { n: s.accessCount })}</dd>
              </dl>
              {s.status === "active" ? <RevokeShareButton shareId={s.id} revokeAction={revokeAction} /> : null}
              <details>
                <summary className="cursor-pointer font-medium text-brand-800">{t("share.list.accessHeading")}</summary>
                {s.accesses.length === 0 ? (
                  <p className="mt-2 text-slate-700">{t("share.list.accessEmpty")}</p>
                ) : (
                  <div className="mt-2 overflow-x-auto">
                    <table className="min-w-full text-left text-sm" data-testid="share-access-log">
                      <caption className="sr-only">{t("share.list.accessHeading")}</caption>
                      <thead>
                        <tr>
                          <th scope="col" className="px-2 py-1">
                            {t("share.list.accessTime")}
                          </th>
                          <th scope="col" className="px-2 py-1">
                            {t("share.list.accessOutcome")}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {s.accesses.map((a, i) => (
                          <tr key={i} className="border-t border-slate-200">
                            <td className="px-2 py-1 whitespace-nowrap">
                              <DateTimeText date={a.at} locale={locale} />
                            </td>
                            <td className="px-2 py-1">{t(`share.outcome.${a.outcome}`)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    {s.accessCount > SHARE_ACCESS_LOG_LIMIT ? (
                      <p className="mt-1 text-sm text-slate-700">{t("share.list.accessLimited", { n: SHARE_ACCESS_LOG_LIMIT })}</p>
                    ) : null}
                  </div>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
