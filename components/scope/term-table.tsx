import Link from "next/link";
import type { ScopeTermView } from "@/lib/scope/search-scope-terms";
import type { TFunction } from "@/lib/i18n/core";
import { DataTable } from "@/components/ui/data-table";

/** Standard scope terms with a checkbox each (name="terms"), their type and the permits they need. */
export function TermTable({ terms, checked, t }: { terms: ScopeTermView[]; checked: Set<string>; t: TFunction }) {
  return (
    <DataTable headers={[t("scope.termName"), t("scope.termType"), t("scope.permits")]}>
      {terms.map((term) => (
        <tr key={term.code} className="border-t border-slate-200 align-top" data-term={term.code}>
          <td className="p-2">
            <label className="flex items-start gap-2">
              <input type="checkbox" name="terms" value={term.code} defaultChecked={checked.has(term.code)} className="mt-1 h-4 w-4" />
              <span>
                {term.name}
                <span className="block font-mono text-xs text-slate-600">
                  {term.code} · {term.category}
                </span>
              </span>
            </label>
          </td>
          <td className="p-2">
            {term.isLicensed ? (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t("scope.licensed")}</span>
            ) : (
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-800">{t("scope.general")}</span>
            )}
          </td>
          <td className="p-2">
            {term.matters.length === 0 ? (
              <span className="text-slate-700">{t("scope.noPermitNeeded")}</span>
            ) : (
              <ul>
                {term.matters.map((m) => (
                  <li key={m.code}>
                    <Link href={`/matters/${m.code}`} className="text-brand-700 underline">
                      {m.name}
                    </Link>
                    <span className="text-slate-600">{t("common.paren", { note: t(`modes.${m.reformMode}`) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
