import Link from "next/link";
import type { Notice, NoticeItem } from "@/lib/guidance/build-notice";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { dataList, dataName } from "@/lib/i18n/data";
import { DataName, Zh } from "@/components/i18n/data-name";
import type { ReactNode } from "react";
import { StatGrid } from "@/components/ui/stat-grid";
import { NoticeActions } from "./notice-actions";

const daysIn = (t: TFunction) => (n: number) => (n === 0 ? t("guide.sameDay") : t("guide.workingDays", { days: n }));

/**
 * The summary of a notice — what to obtain, from whom, how long, and the totals — shown before the questions
 * and the details, so on a phone the person sees what they need first (issue 15 part 8).
 */
export function NoticeSummary({ notice, t, locale = "zh-CN" }: { notice: Notice; t: TFunction; locale?: Locale }) {
  const days = daysIn(t);
  return (
    <section aria-labelledby="summary-heading" className="space-y-3 rounded-lg border-2 border-brand-700 bg-white p-4" data-testid="notice-summary">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="summary-heading" className="text-xl font-bold">
          {t("guide.summaryHeading")}
        </h2>
        <NoticeActions />
      </div>
      <p className="text-sm text-slate-700" data-testid="unanswered">
        {notice.unanswered > 0 ? t("guide.unanswered", { count: notice.unanswered }) : t("guide.allAnswered")}
      </p>
      {notice.items.length === 0 ? (
        <p className="rounded border border-green-300 bg-green-50 p-3">{t("guide.noticeEmpty")}</p>
      ) : (
        <>
          <p>{t("guide.summaryLead", { count: notice.items.length })}</p>
          <ol className="list-decimal space-y-1 pl-6" data-testid="summary-items">
            {notice.items.map((item) => (
              <li key={item.code} data-matter={item.code}>
                <a href={`#notice-${item.code}`} className="text-brand-700 underline">
                  {t("guide.summaryItem", {
                    name: dataName("matter", item.code, item.name, locale),
                    department: dataName("department", null, item.department, locale),
                    days: days(item.promisedDays),
                  })}
                </a>
              </li>
            ))}
          </ol>
          <StatGrid
            label={t("guide.summaryHeading")}
            stats={[
              { label: t("guide.totalPermits"), value: notice.totals.permits, testId: "total-permits" },
              { label: t("guide.totalMaterialsOnce"), value: notice.totals.materialsOnce, testId: "total-materials-once" },
              { label: t("guide.totalMaterialsSeparately"), value: notice.totals.materialsSeparately, testId: "total-materials-separately" },
              { label: t("guide.totalLongestPromised"), value: days(notice.totals.longestPromisedDays), testId: "total-longest" },
            ]}
          />
        </>
      )}
    </section>
  );
}

/** 一次告知书: the permits, why each is needed, and how each is handled — printable. The summary is NoticeSummary. */
export function NoticeView({ notice, t, locale = "zh-CN" }: { notice: Notice; t: TFunction; locale?: Locale }) {
  const days = daysIn(t);
  const matter = (code: string, zh: string) => dataName("matter", code, zh, locale);
  const names = (zhs: string[]) => zhs.map((n) => dataName("matter", null, n, locale)).join(t("common.listSeparator"));
  const permitCodes = notice.items.filter((i) => i.kind === "PERMIT").map((i) => i.code);
  return (
    <div className="space-y-6">
      <h2 id="notice-heading" className="text-xl font-bold">
        {t("guide.noticeHeading")}
      </h2>
      {notice.items.length === 0 ? null : (
        <>
          <p className="text-slate-700">{t("guide.noticeLead")}</p>
          <ol className="space-y-4" data-testid="notice-items">
            {notice.items.map((item, i) => (
              <NoticeCard key={item.code} item={item} index={i + 1} t={t} days={days} locale={locale} />
            ))}
          </ol>
        </>
      )}

      <MatterListSection
        id="left-out"
        heading={t("guide.leftOutHeading")}
        lead={t("guide.leftOutLead")}
        items={notice.leftOut.map((l) => ({
          code: l.code,
          name: matter(l.code, l.name),
          note: t(l.kind === "COVERS" ? "guide.leftOutCovers" : "guide.leftOutExcludes", { by: matter(l.byCode, l.byName) }),
          detail: locale === "zh-CN" ? l.note : <Zh>{l.note}</Zh>,
        }))}
        t={t}
      />
      <MatterListSection
        id="referrals"
        tone="muted"
        heading={t("guide.referralsHeading")}
        lead={t("guide.referralsLead")}
        items={notice.referrals.map((r) => ({
          code: r.code,
          name: matter(r.code, r.name),
          note: dataName("department", null, r.department, locale),
          detail: locale === "zh-CN" ? r.reason : <Zh>{r.reason}</Zh>,
        }))}
        t={t}
      />
      <MatterListSection
        id="not-needed"
        heading={t("guide.notNeededHeading")}
        lead={t("guide.notNeededLead")}
        items={notice.notNeeded.map((item) => ({
          code: item.code,
          name: matter(item.code, item.name),
          note: item.reasons.map((r) => dataName("rule", null, r, locale)).join(t("common.clauseSeparator")),
        }))}
        t={t}
      />

      <section aria-labelledby="what-if" className="no-print rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="what-if" className="font-semibold">
          {t("guide.whatIfHeading")}
        </h3>
        {notice.whatIfs.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">{t("guide.whatIfNone")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-700">{t("guide.whatIfLead")}</p>
            <ul className="mt-2 space-y-2" data-testid="what-ifs">
              {notice.whatIfs.map((w) => (
                <li key={w.query}>
                  <Link href={`/guide?${w.query}`} scroll={false} className="text-brand-700 underline">
                    {t("guide.whatIfItem", { question: dataName("question", null, w.question, locale), answer: answerText(w.answerText, t, locale) })}
                  </Link>
                  {w.added.length ? <span className="ml-2 text-sm text-amber-900">{t("guide.whatIfAdds", { names: names(w.added) })}</span> : null}
                  {w.removed.length ? <span className="ml-2 text-sm text-green-800">{t("guide.whatIfRemoves", { names: names(w.removed) })}</span> : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <p className="text-sm text-slate-600">{t("guide.shareHint")}</p>
      {permitCodes.length ? (
        // 一表申请: the permits of this notice; the business licence is added by the application itself for a new business.
        <section aria-labelledby="apply-start" className="no-print rounded-lg border border-brand-700 bg-brand-50 p-4">
          <p id="apply-start" className="text-sm text-slate-900">
            {t("guide.applyHint")}
          </p>
          <Link
            href={`/apply?matters=${permitCodes.map(encodeURIComponent).join(",")}&from=${encodeURIComponent(notice.query)}`}
            className="mt-3 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            data-testid="apply-start"
          >
            {t("guide.applyStart")}
          </Link>
        </section>
      ) : null}
    </div>
  );
}

/** An answer as the domain wrote it (yes/no words already translated, option labels joined with "、"). */
function answerText(zh: string, t: TFunction, locale: Locale): string {
  return dataList("option", zh, locale, t("common.listSeparator")).text;
}

function NoticeCard({ item, index, t, days, locale }: { item: NoticeItem; index: number; t: TFunction; days: (n: number) => string; locale: Locale }) {
  const flags = (m: NoticeItem["materials"][number]) =>
    [
      m.isKey && t("guide.materialKey"),
      m.waivableByCommitment && t("guide.materialWaivable"),
      m.mayBePending && t("guide.materialPending"),
      m.heldByGovernment && t("guide.materialHeld"),
    ].filter(Boolean);
  return (
    <li id={`notice-${item.code}`} className="break-inside-avoid scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4" data-matter={item.code}>
      <h3 className="text-lg font-semibold">
        {index}.{" "}
        <Link href={`/matters/${item.code}`} className="text-brand-700 underline">
          <DataName kind="matter" code={item.code} zh={item.name} locale={locale} />
        </Link>
      </h3>
      <p className="mt-1 text-sm">
        <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-800">
          {t("common.labelValue", { label: t("guide.modeLabel"), value: t(`modes.${item.reformMode}`) })}
        </span>
        <span className="ml-2 text-slate-700">
          {t("common.labelValue", { label: t("guide.department"), value: dataName("department", null, item.department, locale) })}
        </span>
      </p>
      <dl className="mt-3 space-y-2 text-sm">
        <div>
          <dt className="font-semibold">{t("guide.why")}</dt>
          <dd data-testid="reason">
            {item.reasons.map((r) => dataName("rule", null, r, locale)).join(t("common.clauseSeparator"))}
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {item.because.map((b) => (
                <li key={b.question}>
                  {t("guide.youAnswered", { question: dataName("question", null, b.question, locale), answer: answerText(b.answer, t, locale) })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("guide.legalBasis")}</dt>
          <dd>{locale === "zh-CN" ? item.legalBasis : <Zh>{item.legalBasis}</Zh>}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("guide.limits")}</dt>
          <dd>
            {item.processingType === "INSTANT"
              ? t("guide.limitsInstant", { statutory: item.statutoryDays })
              : t("guide.limitsValue", { statutory: item.statutoryDays, promised: item.promisedDays })}
            {" · "}
            {days(item.promisedDays)}
          </dd>
        </div>
        {item.conditions.length ? (
          <div>
            <dt className="font-semibold">{t("guide.conditions")}</dt>
            <dd>
              <ul className="list-disc pl-5">
                {item.conditions.map((c) => (
                  <li key={c}>
                    <DataName kind="condition" code={item.code} zh={c} locale={locale} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-semibold">{t("guide.materials")}</dt>
          <dd>
            {item.materials.length === 0 ? (
              t("guide.noMaterials")
            ) : (
              <ul className="list-disc pl-5">
                {item.materials.map((m) => (
                  <li key={m.documentKey}>
                    {flags(m).length
                      ? t("common.withNote", { text: dataName("material", m.documentKey, m.name, locale), note: flags(m).join(t("common.listSeparator")) })
                      : dataName("material", m.documentKey, m.name, locale)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** A titled list of matters, each linked to its guide with a note in brackets and an optional line below; nothing when empty. */
function MatterListSection(props: {
  id: string;
  heading: string;
  lead: string;
  items: { code: string; name: string; note: string; detail?: ReactNode }[];
  tone?: "muted";
  t: TFunction;
}) {
  const { id, items, t } = props;
  if (items.length === 0) return null;
  const muted = props.tone === "muted";
  return (
    <section aria-labelledby={id} className={`rounded-lg border p-4 ${muted ? "border-slate-300 bg-slate-50" : "border-slate-200 bg-white"}`}>
      <h3 id={id} className="font-semibold">
        {props.heading}
      </h3>
      <p className={`mt-1 text-sm ${muted ? "text-slate-800" : "text-slate-700"}`}>{props.lead}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6" data-testid={id}>
        {items.map((item) => (
          <li key={item.code} data-matter={item.code}>
            <Link href={`/matters/${item.code}`} className="text-brand-700 underline">
              {item.name}
            </Link>
            {t("common.paren", { note: item.note })}
            {item.detail ? <span className={`block text-sm ${muted ? "text-slate-800" : "text-slate-700"}`}>{item.detail}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
