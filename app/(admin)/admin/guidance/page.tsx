import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listGuidanceRules } from "@/lib/guidance/list-rules";
import { PageHeading } from "@/components/ui/page-heading";

export const dynamic = "force-dynamic";

export default async function GuidanceAdminPage() {
  const actor = await requirePagePermission("guidance.edit", "/admin/guidance");
  const { t } = await getI18n();
  const { rules, questions } = await listGuidanceRules({ actor });
  return (
    <div className="space-y-8">
      <PageHeading title={t("guide.adminHeading")} lead={t("guide.adminLead")} />
      <section aria-labelledby="rules-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="rules-heading" className="text-xl font-bold">{t("common.count", { text: t("guide.adminRules"), count: rules.length })}</h2>
          <div className="flex gap-3">
            <Link href="/guide" className="rounded-md border border-slate-300 px-3 py-1.5">{t("guide.adminTestLink")}</Link>
            <Link href="/admin/guidance/rules/new" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white">{t("guide.adminNew")}</Link>
          </div>
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("guide.adminMatter")}</th>
                <th scope="col" className="p-2">{t("guide.adminCondition")}</th>
                <th scope="col" className="p-2">{t("guide.adminReason")}</th>
                <th scope="col" className="p-2">{t("guide.adminStatus")}</th>
                <th scope="col" className="p-2"><span className="sr-only">{t("guide.adminEdit")}</span></th>
              </tr>
            </thead>
            <tbody>
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
                      {t("guide.adminEdit")}<span className="sr-only">{t("common.paren", { note: r.matterName })}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="mb-3 text-xl font-bold">{t("guide.adminQuestions")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("guide.adminCodeCol")}</th>
                <th scope="col" className="p-2">{t("guide.questionsHeading")}</th>
                <th scope="col" className="p-2">{t("guide.adminTypeCol")}</th>
                <th scope="col" className="p-2">{t("guide.adminOptionsCol")}</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.code} className="border-t border-slate-200 align-top">
                  <td className="p-2 font-mono">{q.code}</td>
                  <td className="p-2">{q.text}</td>
                  <td className="p-2">{t(`guide.type${q.type}`)}</td>
                  <td className="p-2 font-mono text-xs">{q.options.map((o) => t("common.withNote", { text: o.code, note: o.label })).join(t("common.listSeparator"))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
