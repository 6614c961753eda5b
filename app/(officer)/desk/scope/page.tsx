import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listEnterprisesForScope } from "@/lib/scope/list-enterprises-for-desk";
import { listAllScopeTerms } from "@/lib/scope/search-scope-terms";
import { PageHeading } from "@/components/ui/page-heading";
import { TermTable } from "@/components/scope/term-table";
import { RegisterScopeForm } from "@/components/scope/register-scope-form";
import { registerScopeAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function DeskScopePage({ searchParams }: { searchParams: Promise<{ enterprise?: string }> }) {
  const actor = await requirePagePermission("scope.register", "/desk/scope");
  const { t } = await getI18n();
  const { enterprise: chosenId } = await searchParams;
  const [enterprises, terms] = await Promise.all([listEnterprisesForScope({ actor }), listAllScopeTerms()]);
  const chosen = enterprises.find((e) => e.id === chosenId);
  return (
    <div className="space-y-6">
      <PageHeading title={t("scope.deskHeading")} lead={t("scope.deskLead")} />
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="enterprise" className="block font-medium">
            {t("scope.enterprise")}
          </label>
          <select id="enterprise" name="enterprise" defaultValue={chosen?.id ?? ""} className="mt-1 rounded-md border border-slate-400 px-3 py-2">
            <option value="">{t("scope.chooseEnterprise")}</option>
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>
                {t("common.withNote", { text: e.name, note: e.uscc })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-2">
          {t("scope.chooseButton")}
        </button>
      </form>
      {chosen ? (
        <>
          <p className="text-slate-700">{t("scope.currentScope", { scope: chosen.businessScope || t("dashboard.none") })}</p>
          <RegisterScopeForm enterpriseId={chosen.id} registerScopeAction={registerScopeAction}>
            <TermTable terms={terms} checked={new Set(chosen.scopeTerms.map((s) => s.term.code))} t={t} />
          </RegisterScopeForm>
        </>
      ) : null}
    </div>
  );
}
