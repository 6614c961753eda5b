import type { Locale, TFunction } from "@/lib/i18n/core";
import type { LegalLine } from "@/lib/i18n/data/legal-parts";
import type { ReactNode } from "react";

const box = "mt-1 max-h-72 overflow-y-auto whitespace-pre-wrap break-words rounded border border-slate-300 bg-slate-50 p-3 font-sans text-sm text-slate-900";

/**
 * A legal original (a 告知承诺书, a document written from the form): the exact Chinese text the applicant signs,
 * scrollable, focusable, named by its heading. On English pages the Chinese original stays what is signed —
 * marked lang="zh-CN" and data-legal-original, labelled as the original — and an English translation is shown
 * beside it, labelled as being for reference only. The translation quotes names, addresses and the business
 * scope in Chinese (marked lang="zh-CN"). No hooks: client and server components pass their locale and t.
 */
export function LegalText({
  labelledBy,
  text,
  translation,
  locale,
  t,
  extra,
}: {
  labelledBy: string;
  text: string;
  /** The English translation, line by line; needed only on English pages. */
  translation?: () => LegalLine[];
  locale: Locale;
  t: TFunction;
  /** Something shown with the original (the sign drawing). */
  extra?: ReactNode;
}) {
  if (locale === "zh-CN" || !translation) {
    return (
      <div data-legal-original={locale === "zh-CN" ? undefined : ""} lang={locale === "zh-CN" ? undefined : "zh-CN"}>
        {extra}
        <pre role="region" aria-labelledby={labelledBy} tabIndex={0} className={box}>
          {text}
        </pre>
      </div>
    );
  }
  const zhId = `${labelledBy}-original`;
  const enId = `${labelledBy}-translation`;
  return (
    <div className="mt-1 grid gap-3 lg:grid-cols-2">
      <div data-legal-original="" data-testid="legal-original">
        <p id={zhId} className="text-sm font-semibold text-slate-900">
          {t("legal.original")}
        </p>
        <p className="text-xs text-slate-700">{t("legal.originalNote")}</p>
        {extra}
        <pre role="region" aria-labelledby={`${labelledBy} ${zhId}`} tabIndex={0} className={box} lang="zh-CN">
          {text}
        </pre>
      </div>
      <div data-testid="legal-translation">
        <p id={enId} className="text-sm font-semibold text-slate-900">
          {t("legal.translation")}
        </p>
        <p className="text-xs text-slate-700">{t("legal.translationNote")}</p>
        <pre role="region" aria-labelledby={`${labelledBy} ${enId}`} tabIndex={0} className={box}>
          {translation().map((line, i) => (
            <span key={i}>
              {line.map((part, j) =>
                typeof part === "string" ? (
                  part
                ) : (
                  <span key={j} lang="zh-CN">
                    {part.zh}
                  </span>
                ),
              )}
              {line.length === 1 && typeof line[0] === "object" ? ` ${t("legal.untranslatedLine")}` : null}
              {"\n"}
            </span>
          ))}
        </pre>
      </div>
    </div>
  );
}
