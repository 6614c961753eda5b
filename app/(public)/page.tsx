import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { getCatalogOverview } from "@/lib/catalog/get-catalog-overview";
import { StatGrid } from "@/components/ui/stat-grid";
import { ReformMode } from "@/lib/generated/prisma/enums";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { t } = await getI18n();
  const overview = await getCatalogOverview();
  const steps = [1, 2, 3, 4] as const;
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero" className="rounded-xl bg-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 id="hero" className="text-3xl font-bold sm:text-4xl">
          {t("home.heading")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-brand-50">{t("home.lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/guide" className="rounded-md bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t("home.ctaGuide")}
          </Link>
          {[
            { href: "/matters", text: t("home.ctaMatters") },
            { href: "/scope", text: t("home.ctaScope") },
            { href: "/login", text: t("home.ctaLogin") },
          ].map((l) => (
            <Link key={l.href} href={l.href} className="rounded-md border border-white/70 px-4 py-2 text-white hover:bg-brand-800">
              {l.text}
            </Link>
          ))}
        </div>
      </section>

      <section aria-labelledby="catalog">
        <h2 id="catalog" className="text-xl font-bold">
          {t("home.catalogHeading")}
        </h2>
        <p className="mb-4 mt-1 text-slate-700">{t("home.catalogLead")}</p>
        <StatGrid
          label={t("home.catalogHeading")}
          stats={[
            { label: t("home.statDepartments"), value: overview.departments, testId: "stat-departments" },
            { label: t("home.statMatters"), value: overview.permitMatters, testId: "stat-matters" },
            { label: t("home.statEnterprises"), value: overview.enterprises, testId: "stat-enterprises" },
            { label: t("home.statLicences"), value: overview.validLicences, testId: "stat-licences" },
          ]}
        />
        <ul className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {Object.values(ReformMode).map((mode) => (
            <li key={mode} className="rounded-lg border border-slate-200 bg-white p-4">
              <span className="block text-sm text-slate-600">{t(`modes.${mode}`)}</span>
              <span className="text-2xl font-semibold tabular-nums" data-testid={`mode-${mode}`}>
                {t("home.modeCount", { count: overview.byMode[mode] })}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600">{t("home.demoDataNote")}</p>
      </section>

      <section aria-labelledby="how">
        <h2 id="how" className="mb-4 text-xl font-bold">
          {t("home.howHeading")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((n) => (
            <li key={n} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                {n}. {t(`home.step${n}Title`)}
              </h3>
              <p className="mt-2 text-sm text-slate-700">{t(`home.step${n}Body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="roles">
        <h2 id="roles" className="mb-4 text-xl font-bold">
          {t("home.rolesHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-slate-800">
          <li>{t("home.roleApplicant")}</li>
          <li>{t("home.roleWindow")}</li>
          <li>{t("home.roleDept")}</li>
          <li>{t("home.roleRegulator")}</li>
        </ul>
      </section>
    </div>
  );
}
