import Link from "next/link";
import { notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getProposalForReview, type ProposalView } from "@/lib/catalog/list-proposals";
import { PageHeading } from "@/components/ui/page-heading";
import { EntryDiff } from "@/components/catalog/entry-diff";
import { ProposalMeta, StaleWarning } from "@/components/catalog-admin/proposal-card";
import { DecisionForms } from "@/components/catalog-admin/decision-forms";
import { approveProposalAction, rejectProposalAction } from "../../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One proposal: the readable diff, and the approve / reject decision while it is pending. */
export default async function ProposalReviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePagePermission("catalog.publish", `/regulator/catalog/proposals/${encodeURIComponent(id)}`);
  const { t, locale } = await getI18n();
  let p: ProposalView;
  try {
    p = await getProposalForReview({ actor, proposalId: id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const outcome =
    p.status === "APPROVED"
      ? t("catalogAdmin.decide.approved", { version: p.publishedVersion ?? "" })
      : p.status === "REJECTED"
        ? t("catalogAdmin.decide.rejected")
        : null;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/regulator/catalog" className="text-brand-700 underline">
          {t("catalogAdmin.common.backToReview")}
        </Link>
      </p>
      <PageHeading title={t("catalogAdmin.decide.heading", { name: p.matter.name })} />
      {outcome && query.done === "1" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="decision-outcome">
          {outcome}
        </p>
      ) : null}

      <section aria-labelledby="meta" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="meta" className="mb-3 text-lg font-semibold">
          {t("catalogAdmin.decide.metaHeading")}
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          <span className="font-mono">{p.matter.code}</span> ·{" "}
          <Link href={`/matters/${encodeURIComponent(p.matter.code)}`} className="text-brand-700 underline">
            {t("catalogAdmin.common.viewGuide")}
          </Link>
        </p>
        <ProposalMeta t={t} locale={locale} p={p} />
      </section>

      <section aria-labelledby="changes">
        <h2 id="changes" className="mb-3 text-lg font-semibold">
          {t("catalogAdmin.common.changesCount", { count: p.changes.length })}
        </h2>
        <EntryDiff t={t} changes={p.changes} />
      </section>

      <section aria-labelledby="decision">
        <h2 id="decision" className="mb-3 text-lg font-semibold">
          {t("catalogAdmin.decide.decisionHeading")}
        </h2>
        {p.status === "PENDING" ? (
          <div className="space-y-3">
            <StaleWarning t={t} p={p} />
            <DecisionForms
              proposalId={p.id}
              nextVersion={p.matter.catalogVersion + 1}
              canApprove={!p.isStale}
              approveAction={approveProposalAction}
              rejectAction={rejectProposalAction}
            />
          </div>
        ) : (
          <p data-testid="decided-status">{t("catalogAdmin.decide.decided", { status: t(`catalogAdmin.status.${p.status}`) })}</p>
        )}
      </section>
    </div>
  );
}
