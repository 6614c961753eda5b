import type { Metadata } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import "./globals.css";
import { getI18n } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { I18nProvider } from "@/lib/i18n/client";
import { getEnv } from "@/lib/env";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { displayPrefClasses, readDisplayPrefs } from "@/components/layout/display-prefs";
import { countUnread } from "@/lib/notifications/count-unread";
import { setLocaleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: t("meta.title"),
    description: t("meta.description"),
    // public/favicon.svg for browsers that take SVG, public/favicon.ico for the rest.
    icons: {
      icon: [
        { url: "/favicon.svg", type: "image/svg+xml" },
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      ],
    },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, messages, t } = await getI18n();
  const user = await getSessionUser();
  const unread = await countUnread({ actor: user });
  const jar = await cookies();
  // Larger text / high contrast chosen by the visitor (components/layout/display-prefs.ts): rendered by the
  // server on <html>, so the page never flashes in the default style first.
  const prefs = readDisplayPrefs((name) => jar.get(name)?.value);
  const env = getEnv();
  return (
    <html lang={locale} className={displayPrefClasses(prefs) || undefined}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="site-chrome sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("nav.skipToContent")}
        </a>
        <I18nProvider locale={locale} messages={messages}>
          <SiteHeader t={t} locale={locale} user={user} unread={unread} setLocaleAction={setLocaleAction} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter
            t={t}
            prefs={prefs}
            ids={{ organizer: env.SITE_ORGANIZER, idCode: env.SITE_ID_CODE, icp: env.SITE_ICP_NUMBER, psb: env.SITE_PSB_NUMBER }}
          />
        </I18nProvider>
      </body>
    </html>
  );
}
