"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ApplyCommitment } from "@/lib/applications/get-apply-page";
import { useI18n } from "@/lib/i18n/client";
import { LegalText } from "@/components/i18n/legal-text";
import { DataName } from "@/components/i18n/data-name";
import { dataNames } from "@/lib/i18n/data";
import { commitmentTextEn, FALSE_COMMITMENT_CONSEQUENCE_EN } from "@/lib/applications/commitment-text-en";
import { formatDateTime } from "@/components/ui/date-time";
import type { ApplyActions } from "./apply-actions";

/** 告知承诺: one card per COMMITMENT-mode matter with the exact text to sign (its hash is sent with the signature). */
export function FormCommitments({
  applicationId,
  commitments,
  restriction,
  choose,
}: {
  applicationId: string;
  commitments: ApplyCommitment[];
  restriction: string | null;
  choose: ApplyActions["chooseCommitment"];
}) {
  const { t } = useI18n();
  if (!commitments.length) return null;
  return (
    <section aria-labelledby="commitments-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="commitments-heading" className="text-xl font-semibold">
        {t("apply.form.commitmentsHeading")}
      </h2>
      {restriction ? (
        <>
          <div className="rounded-md border border-amber-400 bg-amber-50 p-3" role="note">
            <p className="font-semibold">{t("apply.form.restrictedHeading")}</p>
            <p>{restriction}</p>
          </div>
          {/* A commitment signed before the restriction no longer waives anything: let it be withdrawn. */}
          {commitments
            .filter((c) => c.signed)
            .map((c) => (
              <CommitmentCard key={c.code} applicationId={applicationId} c={c} choose={choose} withdrawOnly />
            ))}
        </>
      ) : (
        <>
          <p className="text-slate-700">{t("apply.form.commitmentsLead")}</p>
          {commitments.map((c) => (
            <CommitmentCard key={c.code} applicationId={applicationId} c={c} choose={choose} />
          ))}
        </>
      )}
    </section>
  );
}

function CommitmentCard({
  applicationId,
  c,
  choose: chooseAction,
  withdrawOnly = false,
}: {
  applicationId: string;
  c: ApplyCommitment;
  choose: ApplyActions["chooseCommitment"];
  withdrawOnly?: boolean;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `commit-${c.code}`;

  async function choose(commit: boolean) {
    setError(null);
    if (commit && !agreed) return setError(t("apply.form.mustAgree"));
    setBusy(true);
    try {
      const r = await chooseAction({ applicationId, matterCode: c.code, commit, textHash: commit ? c.textHash : undefined });
      if (!r.ok) return setError(r.error);
      setAgreed(false);
      router.refresh();
    } catch {
      setError(t("apply.form.networkError"));
    } finally {
      setBusy(false);
    }
  }

  const signedCurrent = c.signed && !c.outdated;
  return (
    <article aria-labelledby={`${base}-h`} className="space-y-3 rounded-md border border-slate-300 p-3" data-testid={base}>
      <h3 id={`${base}-h`} className="text-lg font-semibold">
        <DataName kind="matter" code={c.code} zh={c.name} locale={locale} />
      </h3>
      <div>
        <h4 className="font-medium">{t("apply.form.conditions")}</h4>
        <ol className="ml-5 list-decimal">
          {c.conditions.map((line) => (
            <li key={line} className="break-words">
              <DataName kind="condition" code={c.code} zh={line} locale={locale} />
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h4 className="font-medium">{t("apply.form.consequence")}</h4>
        <p className="break-words">{locale === "zh-CN" ? c.consequence : FALSE_COMMITMENT_CONSEQUENCE_EN}</p>
      </div>
      <div>
        <h4 className="font-medium" id={`${base}-text-h`}>
          {t("apply.form.fullText", { version: c.textVersion })}
        </h4>
        <LegalText labelledBy={`${base}-text-h`} text={c.text} translation={() => commitmentTextEn(c)} locale={locale} t={t} />
      </div>
      {c.waives.length ? <p>{t("apply.form.waives", { materials: dataNames("material", c.waives, locale, t("common.listSeparator")) })}</p> : null}
      {c.outdated ? <p className="font-medium text-red-800">{t("apply.form.outdated")}</p> : null}
      {signedCurrent || withdrawOnly ? (
        <div className="flex flex-wrap items-center gap-3">
          {signedCurrent && !withdrawOnly ? (
            <p className="font-semibold text-green-800" data-testid="commitment-signed">
              {t("apply.form.signedAt", { time: formatDateTime(c.signedAt!, locale) })}
            </p>
          ) : null}
          <button
            type="button"
            disabled={busy}
            onClick={() => void choose(false)}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100 disabled:opacity-60"
          >
            {busy ? t("apply.form.signing") : t("apply.form.withdraw")}
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={agreed}
              onChange={(e) => setAgreed(e.target.checked)}
              aria-describedby={error ? `${base}-error` : undefined}
            />
            <span>{t("apply.form.agree")}</span>
          </label>
          <button
            type="button"
            disabled={busy}
            onClick={() => void choose(true)}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {busy ? t("apply.form.signing") : t("apply.form.sign")}
          </button>
        </div>
      )}
      {error ? (
        <p id={`${base}-error`} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </article>
  );
}
