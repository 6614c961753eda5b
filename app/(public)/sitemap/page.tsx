import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/core";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("sitemap.metaTitle") };
}

// 网站地图 (政府网站发展指引, 国办发〔2017〕47号): every public page, grouped as the footer of a government
// portal lists them (../shared/seeds/002_71f5cbff27140be0.txt, page footer "网站地图 | 法律声明 …").
const GROUPS: { heading: MessageKey; links: { href: string; label: MessageKey }[] }[] = [
  {
    heading: "sitemap.services",
    links: [
      { href: "/", label: "sitemap.home" },
      { href: "/guide", label: "sitemap.guide" },
      { href: "/matters", label: "sitemap.matters" },
      { href: "/scope", label: "sitemap.scope" },
      { href: "/verify", label: "sitemap.verify" },
    ],
  },
  {
    heading: "sitemap.publicInfo",
    links: [
      { href: "/public/inspections", label: "sitemap.inspections" },
      { href: "/public/ratings", label: "sitemap.ratings" },
    ],
  },
  {
    heading: "sitemap.siteInfo",
    links: [
      { href: "/privacy", label: "sitemap.privacy" },
      { href: "/accessibility", label: "sitemap.accessibility" },
    ],
  },
  { heading: "sitemap.account", links: [{ href: "/login", label: "sitemap.login" }] },
];

export default async function SitemapPage() {
  const { t } = await getI18n();
  return (
    <div className="space-y-6">
      <PageHeading title={t("sitemap.heading")} lead={t("sitemap.lead")} />
      <div className="grid gap-6 md:grid-cols-2">
        {GROUPS.map((g) => (
          <section key={g.heading} aria-labelledby={`sitemap-${g.heading}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`sitemap-${g.heading}`} className="text-lg font-semibold">
              {t(g.heading)}
            </h2>
            <ul className="mt-2 space-y-2" data-testid="sitemap-links">
              {g.links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="text-brand-700 underline">
                    {t(l.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
