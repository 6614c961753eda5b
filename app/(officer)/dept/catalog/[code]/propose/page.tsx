import Link from "next/link";
import { notFound, forbidden } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getOwnMatterEntry, type OwnMatterEntry } from "@/lib/catalog/list-dept-matters";
import { PageHeading } from "@/components/ui/page-heading";
import { ProposalForm } from "@/components/catalog-admin/proposal-form";
import { proposeChangeAction } from "../../actions";
import { formatDateTime } from "@/components/ui/date-time";

export const dynamic = "force-dynamic";

type Params = Promise<{ code: string }>;

/** A department proposes a change to one of its own matters; another department's matter is a 404. */
export default async function ProposeChangePage({ params }: { params: Params }) {
  const { code } = await params;
  const actor = await requirePagePermission("catalog.propose", `/dept/catalog/${encodeURIComponent(code)}/propose`);
  if (!actor.departmentId) forbidden();
  const { t, locale } = await getI18n();
  let matter: OwnMatterEntry;
  try {
    matter = await getOwnMatterEntry({ actor, code });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/dept/catalog" className="text-brand-700 underline">
          {t("catalogAdmin.common.backToDept")}
        </Link>
      </p>
      <PageHeading
        title={t("catalogAdmin.propose.heading", { name: matter.name })}
        lead={t("catalogAdmin.propose.lead", { version: matter.catalogVersion, next: matter.catalogVersion + 1 })}
      />
      <p className="text-sm text-slate-700">
        <span className="font-mono">{matter.code}</span> · {matter.departmentName} ·{" "}
        <Link href={`/matters/${encodeURIComponent(matter.code)}`} className="text-brand-700 underline">
          {t("catalogAdmin.common.viewGuide")}
        </Link>
      </p>
      {matter.myPendingProposal ? (
        <p role="status" className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900" data-testid="pending-notice">
          {t("catalogAdmin.propose.pendingNotice", { date: formatDateTime(matter.myPendingProposal.createdAt, locale) })}
        </p>
      ) : (
        <ProposalForm matterCode={matter.code} baseVersion={matter.catalogVersion} entry={matter.entry} action={proposeChangeAction} />
      )}
    </div>
  );
}
