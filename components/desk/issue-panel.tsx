"use client";
// 统一出件: what will be issued, what was refused and why, and what still blocks issuance.
import { useActionState } from "react";
import type { IssuancePreview } from "@/lib/approvals/get-window-application";
import { shanghaiDay } from "@/lib/calendar/dates";
import { useI18n } from "@/lib/i18n/client";
import { dataName } from "@/lib/i18n/data";
import type { ActionResult, FormAction } from "@/lib/actions/types";

export function IssuePanel({
  applicationId,
  version,
  preview,
  issueAction,
}: {
  applicationId: string;
  version: number;
  preview: IssuancePreview;
  /** 统一出件 (the page's issueAction). */
  issueAction: FormAction;
}) {
  const { t, locale } = useI18n();
  const matter = (zh: string) => dataName("matter", null, zh, locale);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(issueAction, null);
  const blocked = preview.blockedBy.length > 0;
  return (
    <section aria-labelledby="issue-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="issue-panel">
      <h2 id="issue-heading" className="text-lg font-semibold">
        {t("window.issue.heading")}
      </h2>
      <p>{t("window.issue.lead")}</p>
      {preview.willIssue.length ? (
        <div>
          <h3 className="font-semibold">{t("window.issue.willIssue")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6" data-testid="will-issue">
            {preview.willIssue.map((i) => (
              <li key={i.matter}>{t("common.labelValue", { label: matter(i.matter), value: t(`window.licenceKind.${i.kind}`) })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t("window.issue.nothing")}</p>
      )}
      {preview.newCompany ? <p>{t("window.issue.newCompany")}</p> : null}
      {preview.rejected.length ? (
        <div>
          <h3 className="font-semibold">{t("window.issue.rejected")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6" data-testid="will-reject">
            {preview.rejected.map((r) => (
              <li key={r.matter} className="break-words">
                {t("common.labelValue", { label: matter(r.matter), value: r.reason ?? t("window.issue.noReason") })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.noHolder.length ? (
        <p className="break-words">
          {t("window.issue.noHolder")}
          {preview.noHolder.map(matter).join(t("common.listSeparator"))}
        </p>
      ) : null}
      {blocked ? (
        <div id="issue-blocked" className="rounded border border-amber-400 bg-amber-50 p-3" data-testid="issue-blocked">
          <p>{t("window.issue.blocked")}</p>
          <ul className="mt-1 list-disc pl-6">
            {preview.blockedBy.map((b) => (
              <li key={b.name}>{t("window.queue.materialDue", { name: dataName("material", null, b.name, locale), date: shanghaiDay(b.deadline) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form action={action}>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <div aria-live="polite">
          {state && !state.ok ? (
            <p role="alert" className="mb-2 rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="issue-error">
              {state.error}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          disabled={pending || blocked}
          aria-describedby={blocked ? "issue-blocked" : undefined}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("window.issue.issuing") : t("window.issue.button")}
        </button>
      </form>
    </section>
  );
}
