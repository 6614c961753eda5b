import Link from "next/link";
import type { TFunction } from "@/lib/i18n/core";
import type { DisplayPrefs } from "./display-prefs";
import { DisplayPreferences } from "./display-preferences";

export interface SiteIdentifiers {
  organizer?: string;
  idCode?: string;
  icp?: string;
  psb?: string;
}

/** The digits of a 公安备案号 ("沪公网安备 31011602000001号" → "31011602000001"), for its record link. */
export function psbRecordCode(psb: string): string | null {
  const digits = psb.match(/\d{10,}/);
  return digits ? digits[0] : null;
}

/**
 * The footer a government portal carries (政府网站发展指引, 国办发〔2017〕47号): 网站地图 | 隐私声明 |
 * 无障碍/适老化, the 12345 government service hotline, 主办单位, 网站标识码, ICP 备案号 and 公安备案号 —
 * each identifier only when configured (SITE_* in lib/env.ts), never a made-up number.
 */
export function SiteFooter({ t, ids, prefs }: { t: TFunction; ids: SiteIdentifiers; prefs: DisplayPrefs }) {
  const psbCode = ids.psb ? psbRecordCode(ids.psb) : null;
  const item = "inline-block";
  return (
    <footer className="site-chrome border-t border-slate-200 bg-white py-6 text-center text-sm text-slate-700" data-testid="site-footer">
      <div className="mx-auto max-w-6xl space-y-3 px-4">
        <nav aria-label={t("footer.linksNav")}>
          <ul className="flex flex-wrap justify-center gap-x-4 gap-y-2">
            <li>
              <Link href="/sitemap" className="text-brand-700 underline">
                {t("footer.sitemap")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="text-brand-700 underline">
                {t("footer.privacy")}
              </Link>
            </li>
            <li>
              <Link href="/accessibility" className="text-brand-700 underline">
                {t("footer.accessibility")}
              </Link>
            </li>
          </ul>
        </nav>
        <DisplayPreferences
          initial={prefs}
          labels={{ group: t("a11y.prefsGroup"), largeText: t("a11y.largeText"), highContrast: t("a11y.highContrast") }}
          testId="footer-display-prefs"
        />
        <p data-testid="footer-hotline">{t("footer.hotline")}</p>
        {ids.organizer || ids.idCode || ids.icp || ids.psb ? (
          <p className="flex flex-wrap justify-center gap-x-4 gap-y-1" data-testid="footer-identifiers">
            {ids.organizer ? (
              <span className={item} data-testid="footer-organizer">
                {t("footer.organizer", { value: ids.organizer })}
              </span>
            ) : null}
            {ids.idCode ? (
              <span className={item} data-testid="footer-id-code">
                {t("footer.idCode", { value: ids.idCode })}
              </span>
            ) : null}
            {ids.icp ? (
              <a
                className={`${item} text-slate-700 underline`}
                href="https://beian.miit.gov.cn/"
                rel="noopener noreferrer"
                target="_blank"
                data-testid="footer-icp"
              >
                {ids.icp}
              </a>
            ) : null}
            {ids.psb ? (
              psbCode ? (
                <a
                  className={`${item} text-slate-700 underline`}
                  href={`https://beian.mps.gov.cn/#/query/webSearch?code=${psbCode}`}
                  rel="noopener noreferrer"
                  target="_blank"
                  data-testid="footer-psb"
                >
                  {ids.psb}
                </a>
              ) : (
                <span className={item} data-testid="footer-psb">
                  {ids.psb}
                </span>
              )
            ) : null}
          </p>
        ) : null}
        <p>{t("footer.note")}</p>
        <p>{t("footer.demo")}</p>
      </div>
    </footer>
  );
}
