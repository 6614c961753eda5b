import { Fragment } from "react";
import Link from "next/link";
import type { TFunction } from "@/lib/i18n/core";

const LINK = "text-brand-700 underline-offset-2 hover:underline";

/** 首页 / 证照核验 / …trail: the verification pages' path, the last step being the current page. */
export function VerifyBreadcrumb({
  t,
  trail,
  current,
}: {
  t: TFunction;
  trail?: { href: string; label: string }[];
  current: { label: string; className?: string };
}) {
  return (
    <nav aria-label={t("verify.breadcrumb")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700">
        <li>
          <Link href="/" className={LINK}>
            {t("verify.home")}
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li>
          <Link href="/verify" className={LINK}>
            {t("verify.heading")}
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        {(trail ?? []).map((s) => (
          <Fragment key={s.href}>
            <li>
              <Link href={s.href} className={LINK}>
                {s.label}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
          </Fragment>
        ))}
        <li aria-current="page" className={current.className ? `${current.className} text-slate-900` : "text-slate-900"}>
          {current.label}
        </li>
      </ol>
    </nav>
  );
}
