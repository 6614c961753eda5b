"use client";
import { useActionState, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/types";
import type { RegisterScopeResult } from "@/lib/scope/register-enterprise-scope";
import { useI18n } from "@/lib/i18n/client";

/** The POST half of the desk page: the chosen enterprise plus the term checkboxes passed in as children. */
export function RegisterScopeForm({
  enterpriseId,
  registerScopeAction,
  children,
}: {
  enterpriseId: string;
  /** 经营范围登记 (the page's registerScopeAction). */
  registerScopeAction: FormAction<{ result: RegisterScopeResult }>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(registerScopeAction, null);
  const r = state?.ok ? state.result : null;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      {state && !state.ok ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {state.error}
        </p>
      ) : null}
      {r ? (
        <div role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="scope-result">
          <p className="font-semibold">{t("scope.resultHeading")}</p>
          {r.added.length + r.removed.length === 0 ? <p>{t("scope.resultNoChange")}</p> : null}
          {r.added.length ? <p>{t("scope.resultAdded", { terms: r.added.join(t("common.listSeparator")) })}</p> : null}
          {r.removed.length ? <p>{t("scope.resultRemoved", { terms: r.removed.join(t("common.listSeparator")) })}</p> : null}
          {r.permits.length ? (
            <>
              <p>{t("scope.resultToldEnterprise", { permits: r.permits.map((p) => p.name).join(t("common.listSeparator")) })}</p>
              <p>{t("scope.resultPushed", { departments: r.departments.join(t("common.listSeparator")) })}</p>
            </>
          ) : r.added.length ? (
            <p>{t("scope.resultNoPermits")}</p>
          ) : null}
        </div>
      ) : null}
      <fieldset>
        <legend className="mb-2 font-semibold">{t("scope.termsLegend")}</legend>
        {children}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("scope.registering") : t("scope.register")}
      </button>
    </form>
  );
}
