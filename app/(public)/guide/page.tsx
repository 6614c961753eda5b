import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { dataName } from "@/lib/i18n/data";
import { buildNotice } from "@/lib/guidance/build-notice";
import { PageHeading } from "@/components/ui/page-heading";
import { FinderForm } from "@/components/guidance/finder-form";
import { NoticeSummary, NoticeView } from "@/components/guidance/notice-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("guide.metaTitle") };
}

export default async function GuidePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t, locale } = await getI18n();
  const notice = await buildNotice({
    params: await searchParams,
    words: { yes: t("guide.yes"), no: t("guide.no"), none: t("guide.noneOfThese") },
  });
  const started = Object.keys(notice.answers).length > 0;
  return (
    <div>
      <PageHeading title={t("guide.heading")} lead={t("guide.lead")} />
      {/* The summary comes first in the page (and so first at 390 px, before the questions and the details);
          from lg up it heads the notice column while the questions keep the left column. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
        {started ? (
          <div className="lg:col-start-2 lg:row-start-1">
            <NoticeSummary notice={notice} t={t} locale={locale} />
          </div>
        ) : null}
        <section aria-labelledby="questions-heading" className="no-print lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <h2 id="questions-heading" className="mb-3 text-xl font-bold">
            {t("guide.questionsHeading")}
          </h2>
          <FinderForm
            questions={notice.questions.map((q) => ({
              code: q.code,
              text: dataName("question", q.code, q.text, locale),
              helpText: q.helpText ? dataName("questionHelp", q.code, q.helpText, locale) : q.helpText,
              type: q.type,
              options: q.options.map((o) => ({ ...o, label: dataName("option", `${q.code}.${o.code}`, o.label, locale) })),
              answer: q.answer,
            }))}
          />
        </section>
        <section aria-labelledby="notice-heading" className="lg:col-start-2">
          {/* A short spoken summary after each answer, instead of re-reading the whole notice. */}
          <p role="status" className="sr-only">
            {started ? t("guide.statusSummary", { permits: notice.totals.permits, unanswered: notice.unanswered }) : ""}
          </p>
          {started ? (
            <NoticeView notice={notice} t={t} locale={locale} />
          ) : (
            <>
              <h2 id="notice-heading" className="mb-3 text-xl font-bold">
                {t("guide.noticeHeading")}
              </h2>
              <p className="text-slate-700">{t("guide.noticeNotStarted")}</p>
            </>
          )}
          <p className="mt-6 text-sm text-slate-600">{t("guide.demoRules")}</p>
          <p className="mt-1 text-sm text-slate-600">
            <Link href="/matters" className="text-brand-700 underline">
              {t("nav.matters")}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
