// The grade's rules in words (credit-grade.ts): shown to the enterprise with its grade and to the regulator.
import type { TFunction } from "@/lib/i18n/core";

export function CreditRules({ t }: { t: TFunction }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{t("credit.rules.heading")}</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-6 text-slate-800">
        <li>{t("credit.rules.r1")}</li>
        <li>{t("credit.rules.r2")}</li>
        <li>{t("credit.rules.r3")}</li>
        <li>{t("credit.rules.r4")}</li>
      </ol>
    </details>
  );
}
