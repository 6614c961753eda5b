import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("privacy.metaTitle") };
}

// 隐私声明 (政府网站发展指引, 国办发〔2017〕47号): what the portal collects, why, what the public sees, the
// cookies it sets (components/layout/display-prefs.ts and the session/locale cookies) and whom to ask.
export default async function PrivacyPage() {
  const { t } = await getI18n();
  const section = "space-y-2 rounded-lg border border-slate-200 bg-white p-4";
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading title={t("privacy.heading")} lead={t("privacy.lead")} />
      <section aria-labelledby="privacy-collect" className={section}>
        <h2 id="privacy-collect" className="text-lg font-semibold">
          {t("privacy.collectHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("privacy.collect1")}</li>
          <li>{t("privacy.collect2")}</li>
          <li>{t("privacy.collect3")}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-use" className={section}>
        <h2 id="privacy-use" className="text-lg font-semibold">
          {t("privacy.useHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("privacy.use1")}</li>
          <li>{t("privacy.use2")}</li>
          <li>{t("privacy.use3")}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-cookies" className={section}>
        <h2 id="privacy-cookies" className="text-lg font-semibold">
          {t("privacy.cookiesHeading")}
        </h2>
        <p>{t("privacy.cookies")}</p>
      </section>
      <section aria-labelledby="privacy-rights" className={section}>
        <h2 id="privacy-rights" className="text-lg font-semibold">
          {t("privacy.rightsHeading")}
        </h2>
        <p>{t("privacy.rights")}</p>
      </section>
    </div>
  );
}
