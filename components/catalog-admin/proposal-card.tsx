import type { ReactNode } from "react";
import type { Locale, TFunction } from "@/lib/i18n/core";
import type { ProposalView } from "@/lib/catalog/list-proposals";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { DateTimeText } from "@/components/ui/date-time";
import { EntryDiff } from "@/components/catalog/entry-diff";

// Status is written out in words; the colour only repeats it. Dark text on a pale ground (> 7:1).
const STATUS_STYLE: Record<ProposalStatus, string> = {
  PENDING: "border-amber-600 bg-amber-50 text-amber-900",
  APPROVED: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
};

export function StatusBadge({ t, status }: { t: TFunction; status: ProposalStatus }) {
  return (
    <span data-testid="proposal-status" className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${STATUS_STYLE[status]}`}>
      {t(`catalogAdmin.status.${status}`)}
    </span>
  );
}

/** Who proposed what, when, and what became of it. */
export function ProposalMeta({ t, locale, p }: { t: TFunction; locale: Locale; p: ProposalView }) {
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="text-slate-700">{label}</dt>
      <dd className="break-words">{value}</dd>
    </>
  );
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {row(t("catalogAdmin.common.department"), p.matter.departmentName)}
      {row(t("catalogAdmin.common.proposedBy"), p.proposedBy)}
      {row(t("catalogAdmin.common.submittedAt"), <DateTimeText date={p.createdAt} locale={locale} />)}
      {row(t("catalogAdmin.common.baseVersion"), t("catalogAdmin.common.version", { version: p.baseVersion }))}
      {row(t("catalogAdmin.common.currentVersion"), t("catalogAdmin.common.version", { version: p.matter.catalogVersion }))}
      {row(t("catalogAdmin.common.reason"), <span className="whitespace-pre-wrap">{p.reason}</span>)}
      {row(t("catalogAdmin.common.status"), <StatusBadge t={t} status={p.status} />)}
      {p.decidedAt ? row(t("catalogAdmin.common.decidedAt"), <DateTimeText date={p.decidedAt} locale={locale} />) : null}
      {p.decidedBy ? row(t("catalogAdmin.common.decidedBy"), p.decidedBy) : null}
      {p.decisionReason
        ? row(
            t("catalogAdmin.common.decisionReason"),
            <span className="whitespace-pre-wrap" data-testid="decision-reason">
              {p.decisionReason}
            </span>,
          )
        : null}
      {p.publishedVersion ? row(t("catalogAdmin.common.publishedVersion"), t("catalogAdmin.common.version", { version: p.publishedVersion })) : null}
    </dl>
  );
}

export function StaleWarning({ t, p }: { t: TFunction; p: ProposalView }) {
  if (!p.isStale) return null;
  return (
    <p className="rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-900" data-testid="stale-warning">
      {t("catalogAdmin.common.stale", { current: p.matter.catalogVersion, base: p.baseVersion })}
    </p>
  );
}

/** A proposal in a list: heading, meta, and its changes folded away behind a disclosure. */
export function ProposalCard({
  t,
  locale,
  p,
  headingLevel = 3,
  action,
}: {
  t: TFunction;
  locale: Locale;
  p: ProposalView;
  headingLevel?: 2 | 3;
  action?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="proposal"
      data-proposal-id={p.id}
      data-status={p.status}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-base font-bold text-slate-900">
          {p.matter.name} <span className="font-mono text-sm font-normal text-slate-700">{p.matter.code}</span>
        </Heading>
        {action}
      </div>
      <ProposalMeta t={t} locale={locale} p={p} />
      <StaleWarning t={t} p={p} />
      <details className="rounded-md border border-slate-200 bg-slate-50 p-3">
        <summary className="cursor-pointer font-medium text-brand-700">{t("catalogAdmin.dept.showChanges", { count: p.changes.length })}</summary>
        <div className="mt-3">
          <EntryDiff t={t} changes={p.changes} />
        </div>
      </details>
    </article>
  );
}
