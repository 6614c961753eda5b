import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { getI18n } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { I18nProvider } from "@/lib/i18n/client";
import { SiteHeader } from "@/components/layout/site-header";
import { countUnread } from "@/lib/notifications/count-unread";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("meta.title"), description: t("meta.description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, messages, t } = await getI18n();
  const user = await getSessionUser();
  const unread = await countUnread({ actor: user });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="site-chrome sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("nav.skipToContent")}
        </a>
        <I18nProvider locale={locale} messages={messages}>
          <SiteHeader t={t} locale={locale} user={user} unread={unread} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="site-chrome border-t border-slate-200 bg-white py-6 text-center text-sm text-slate-600">
            <p>{t("footer.note")}</p>
            <p>{t("footer.demo")}</p>
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
