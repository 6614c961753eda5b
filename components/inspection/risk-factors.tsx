// The factors of a risk score, each with its points and weight (risk-score.ts): why an enterprise ranks.
import type { TFunction } from "@/lib/i18n/core";
import type { RiskFactor } from "@/lib/supervision/risk-score";

export function RiskFactors({ t, factors }: { t: TFunction; factors: RiskFactor[] }) {
  if (!factors.length) return <span>{t("dossier.detail.noFactors")}</span>;
  return (
    <ul className="list-disc space-y-0.5 pl-5" data-testid="risk-factors">
      {factors.map((f) => (
        <li key={f.key}>{t("dossier.factorPoints", { label: t(`dossier.factor.${f.key}`, { value: f.value }), points: f.points, weight: f.weight })}</li>
      ))}
    </ul>
  );
}
