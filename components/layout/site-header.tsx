import Link from "next/link";
import type { FormAction } from "@/lib/actions/types";
import type { SessionUser } from "@/lib/auth/types";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { LogoutButton } from "./logout-button";
import { signedInLabel } from "./signed-in-label";
import { MarkData } from "@/components/i18n/mark-data";
import { SiteNav } from "./site-nav";

// On a phone each link is a full-width row with a 44 px tap target; from 768 px up, a row of links.
const link = "block py-2 text-slate-800 hover:text-brand-700 hover:underline md:inline md:py-0";

/** `unread`: the signed-in user's unread messages, shown on the inbox link (0 = no badge). `setLocaleAction`: the page's language switch. */
export function SiteHeader({
  t,
  locale,
  user,
  unread,
  setLocaleAction,
}: {
  t: TFunction;
  locale: Locale;
  user: SessionUser | null;
  unread: number;
  setLocaleAction: FormAction;
}) {
  const other: Locale = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <header className="site-chrome border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-brand-800 no-underline">
          <span className="text-xl font-bold">{t("nav.brand")}</span>
          <span className="hidden text-sm text-slate-600 sm:inline">{t("nav.brandSub")}</span>
        </Link>
        <SiteNav label={t("nav.mainNav")} menuLabel={t("nav.menu")}>
          <Link href="/" className={link}>
            {t("nav.home")}
          </Link>
          <Link href="/matters" className={link}>
            {t("nav.matters")}
          </Link>
          <Link href="/guide" className={link}>
            {t("nav.guide")}
          </Link>
          <Link href="/scope" className={link}>
            {t("nav.scope")}
          </Link>
          <Link href="/public/inspections" className={link}>
            {t("nav.inspections")}
          </Link>
          <Link href="/public/ratings" className={link}>
            {t("ratings.publicLink")}
          </Link>
          {user ? (
            <>
              <Link href="/workspace" className={link}>
                {t("nav.myHome")}
              </Link>
              <Link
                href="/inbox"
                className={`${link} inline-flex items-center gap-1 md:inline-flex`}
                aria-label={unread > 0 ? t("inbox.headerUnread", { count: unread }) : undefined}
                data-testid="header-inbox"
              >
                {t("inbox.header")}
                {unread > 0 ? (
                  <span
                    aria-hidden="true"
                    className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold leading-5 text-white"
                    data-testid="header-unread"
                  >
                    {unread > 99 ? "99+" : unread}
                  </span>
                ) : null}
              </Link>
              <span className="py-2 text-slate-600 md:py-0" data-testid="signed-in-as">
                <MarkData text={signedInLabel(t, user)} data={[user.name]} />
              </span>
              <span className="py-1 md:py-0">
                <LogoutButton label={t("nav.logout")} />
              </span>
            </>
          ) : (
            <Link href="/login" className="my-1 self-start rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 md:my-0">
              {t("nav.login")}
            </Link>
          )}
          {/* A plain form post: no previous answer to pass (bound to null), and the answer is not shown (the page re-renders). */}
          <form action={setLocaleAction.bind(null, null) as (formData: FormData) => void} className="py-1 md:py-0">
            <input type="hidden" name="locale" value={other} />
            <button
              type="submit"
              className="rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100"
              lang={other}
              aria-label={`${t("nav.language")}: ${t("nav.switchTo")}`}
            >
              {t("nav.switchTo")}
            </button>
          </form>
        </SiteNav>
      </div>
    </header>
  );
}
