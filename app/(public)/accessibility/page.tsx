import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getI18n } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";
import { DisplayPreferences } from "@/components/layout/display-preferences";
import { readDisplayPrefs } from "@/components/layout/display-prefs";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("a11y.metaTitle") };
}

// 无障碍/适老化 (政府网站发展指引, 国办发〔2017〕47号): larger text and high contrast that persist
// (components/layout/display-prefs.ts), and how the site works with a keyboard and a screen reader.
export default async function AccessibilityPage() {
  const { t } = await getI18n();
  const jar = await cookies();
  const prefs = readDisplayPrefs((name) => jar.get(name)?.value);
  const section = "space-y-2 rounded-lg border border-slate-200 bg-white p-4";
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading title={t("a11y.heading")} lead={t("a11y.lead")} />
      <section aria-labelledby="a11y-prefs" className={section}>
        <h2 id="a11y-prefs" className="text-lg font-semibold">
          {t("a11y.prefsHeading")}
        </h2>
        <p>{t("a11y.prefsBody")}</p>
        <div className="flex">
          <DisplayPreferences
            initial={prefs}
            labels={{ group: t("a11y.prefsGroup"), largeText: t("a11y.largeText"), highContrast: t("a11y.highContrast") }}
            testId="page-display-prefs"
          />
        </div>
      </section>
      <section aria-labelledby="a11y-keyboard" className={section}>
        <h2 id="a11y-keyboard" className="text-lg font-semibold">
          {t("a11y.keyboardHeading")}
        </h2>
        <p>{t("a11y.keyboardBody")}</p>
      </section>
      <section aria-labelledby="a11y-reader" className={section}>
        <h2 id="a11y-reader" className="text-lg font-semibold">
          {t("a11y.readerHeading")}
        </h2>
        <p>{t("a11y.readerBody")}</p>
      </section>
      <section aria-labelledby="a11y-help" className={section}>
        <h2 id="a11y-help" className="text-lg font-semibold">
          {t("a11y.helpHeading")}
        </h2>
        <p>{t("a11y.helpBody")}</p>
      </section>
    </div>
  );
}
