import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listGuidanceRules } from "@/lib/guidance/list-rules";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

export default async function GuidanceAdminPage() {
  const actor = await requirePagePermission("guidance.edit", "/admin/guidance");
  const { t } = await getI18n();
  const { rules, questions, relations } = await listGuidanceRules({ actor });
  return (
    <div className="space-y-8">
      <PageHeading title={t("guide.adminHeading")} lead={t("guide.adminLead")} />
      <section aria-labelledby="rules-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="rules-heading" className="text-xl font-bold">
            {t("common.count", { text: t("guide.adminRules"), count: rules.length })}
          </h2>
          <div className="flex gap-3">
            <Link href="/guide" className="rounded-md border border-slate-300 px-3 py-1.5">
              {t("guide.adminTestLink")}
            </Link>
            <Link href="/admin/guidance/rules/new" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white">
              {t("guide.adminNew")}
            </Link>
          </div>
        </div>
        <DataTable
          headers={[
            t("guide.adminMatter"),
            t("guide.adminCondition"),
            t("guide.adminReason"),
            t("guide.adminStatus"),
            <span key="edit" className="sr-only">
              {t("guide.adminEdit")}
            </span>,
          ]}
        >
          {rules.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top" data-testid="rule-row">
              <td className="p-2">
                {r.matterName}
                <div className="font-mono text-xs text-slate-600">{r.matterCode}</div>
              </td>
              <td className="p-2">{r.conditionText ?? <span className="text-red-800">{t("guide.adminInvalidCondition")}</span>}</td>
              <td className="p-2">{r.reason}</td>
              <td className="p-2">{r.isActive ? t("guide.adminActive") : t("guide.adminInactive")}</td>
              <td className="p-2">
                <Link href={`/admin/guidance/rules/${r.id}`} className="text-brand-700 underline">
                  {t("guide.adminEdit")}
                  <span className="sr-only">{t("common.paren", { note: r.matterName })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading" className="mb-1 text-xl font-bold">
          {t("guide.adminRelations")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("guide.adminRelationsLead")}</p>
        <DataTable headers={[t("guide.adminRelationKind"), t("guide.adminMatter"), t("guide.adminRelationNote")]}>
          {relations.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top" data-testid="relation-row">
              <td className="p-2">{t(r.kind === "COVERS" ? "guide.adminRelationCOVERS" : "guide.adminRelationEXCLUDES")}</td>
              <td className="p-2">
                {t(r.kind === "COVERS" ? "guide.adminRelationCoversText" : "guide.adminRelationExcludesText", { from: r.from.name, to: r.to.name })}
              </td>
              <td className="p-2">{r.note}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="mb-3 text-xl font-bold">
          {t("guide.adminQuestions")}
        </h2>
        <DataTable headers={[t("guide.adminCodeCol"), t("guide.questionsHeading"), t("guide.adminTypeCol"), t("guide.adminOptionsCol")]}>
          {questions.map((q) => (
            <tr key={q.code} className="border-t border-slate-200 align-top">
              <td className="p-2 font-mono">{q.code}</td>
              <td className="p-2">{q.text}</td>
              <td className="p-2">{t(`guide.type${q.type}`)}</td>
              <td className="p-2 font-mono text-xs">
                {q.options.map((o) => t("common.withNote", { text: o.code, note: o.label })).join(t("common.listSeparator"))}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
