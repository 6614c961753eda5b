import Link from "next/link";
import type { TFunction } from "@/lib/i18n/core";
import { ReformMode } from "@/lib/generated/prisma/enums";
import { catalogQuery, type TMatterSearchParams } from "@/lib/catalog/query-schemas";

const ACCENT: Record<ReformMode, string> = {
  CANCEL: "border-t-slate-500",
  FILING: "border-t-emerald-600",
  COMMITMENT: "border-t-blue-600",
  OPTIMIZE: "border-t-amber-600",
};

/**
 * How many matters each reform mode has under the current search and filters (the mode filter itself
 * left out), each a link that narrows the list to that mode. The selected one is aria-current.
 */
export function ModeCounts({ t, byMode, params }: { t: TFunction; byMode: Record<ReformMode, number>; params: TMatterSearchParams }) {
  const total = Object.values(byMode).reduce((a, b) => a + b, 0);
  const items: { mode: ReformMode | null; label: string; count: number }[] = [
    { mode: null, label: t("catalog.allModes"), count: total },
    ...Object.values(ReformMode).map((mode) => ({ mode, label: t(`modes.${mode}`), count: byMode[mode] })),
  ];
  return (
    <section aria-labelledby="by-mode" className="mb-6">
      <h2 id="by-mode" className="text-lg font-bold">
        {t("catalog.byModeHeading")}
      </h2>
      <p className="mb-3 mt-1 text-sm text-slate-700">{t("catalog.byModeNote")}</p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {items.map(({ mode, label, count }) => {
          const selected = (params.mode ?? null) === mode;
          return (
            <li key={mode ?? "all"}>
              <Link
                href={`/matters${catalogQuery(params, { mode: mode ?? undefined, page: undefined })}`}
                aria-current={selected ? "true" : undefined}
                data-testid={`count-${mode ?? "ALL"}`}
                className={`block h-full rounded-lg border border-t-4 bg-white p-3 no-underline hover:bg-brand-50 ${
                  mode ? ACCENT[mode] : "border-t-brand-700"
                } ${selected ? "border-brand-700 ring-2 ring-brand-700" : "border-slate-200"}`}
              >
                <span className="block text-sm text-slate-700">
                  {label}
                  {selected ? <span className="sr-only">{t("catalog.selected")}</span> : null}
                </span>
                <span className="mt-1 block text-2xl font-semibold tabular-nums text-slate-900" data-count={count}>
                  {t("catalog.modeCount", { count })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
