import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getI18n } from "@/lib/i18n/server";
import type { TFunction } from "@/lib/i18n/core";
import { getMatterGuide, type MatterGuide } from "@/lib/catalog/get-matter-guide";
import { ModeBadge } from "@/components/catalog/mode-badge";
import { PrintButton } from "@/components/catalog/print-button";
import { MaterialsTable } from "@/components/catalog/materials-table";
import { VersionHistory } from "@/components/catalog/version-history";
import { isoDate } from "@/components/catalog/date-text";

export const dynamic = "force-dynamic";

type Params = Promise<{ code: string }>;

// generateMetadata and the page share one database read per request.
const loadGuide = cache((code: string) => getMatterGuide({ code }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ t }, { code }] = await Promise.all([getI18n(), params]);
  const matter = await loadGuide(code);
  return { title: matter ? t("catalog.guide.metaTitle", { name: matter.name }) : t("errors.notFoundTitle") };
}

const SECTIONS = [
  ["basic", "catalog.guide.basicHeading"],
  ["limits", "catalog.guide.limitsHeading"],
  ["conditions", "catalog.guide.conditionsHeading"],
  ["materials", "catalog.guide.materialsHeading"],
  ["reform", "catalog.guide.reformHeading"],
  ["supervision", "catalog.guide.supervisionHeading"],
  ["faq", "catalog.guide.faqHeading"],
  ["history", "catalog.guide.historyHeading"],
] as const;

/** 办事指南: public, read-only, printable. */
export default async function MatterGuidePage({ params }: { params: Params }) {
  const [{ t }, { code }] = await Promise.all([getI18n(), params]);
  const matter = await loadGuide(code);
  if (!matter) notFound();

  const current = matter.currentVersion;
  const conditions = matter.conditions
    .split("\n")
    .map((c) => c.trim())
    .filter(Boolean);

  return (
    <article className="guide" data-testid="matter-guide">
      <style href="onelicence-guide-print" precedence="default">{`
        @media print {
          @page { margin: 16mm 14mm; }
          main { max-width: none !important; padding: 0 !important; }
          .guide a { color: inherit; text-decoration: none; }
          .guide h2 { break-after: avoid; }
        }
      `}</style>

      <nav aria-label={t("catalog.guide.breadcrumb")} className="mb-4 text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-slate-700">
          <li>
            <Link href="/" className="text-brand-700 underline-offset-2 hover:underline">
              {t("nav.home")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href="/matters" className="text-brand-700 underline-offset-2 hover:underline">
              {t("nav.matters")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="text-slate-900">
            {matter.name}
          </li>
        </ol>
      </nav>

      <p className="mb-2 hidden border-b border-black pb-1 text-sm print:block">{t("catalog.guide.printedFrom")}</p>

      {/* Not a <header>: the layout's print CSS hides every header, and this one holds the title. */}
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 print:text-black">{t("catalog.guide.subtitle")}</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900 sm:text-3xl">{matter.name}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <ModeBadge mode={matter.reformMode} label={t(`modes.${matter.reformMode}`)} />
            <span className="font-mono">{matter.code}</span>
            <span aria-hidden="true">·</span>
            <span>{matter.department.name}</span>
          </p>
        </div>
        <div className="no-print flex flex-wrap items-center gap-3">
          {/* 双轨: a single permit can still be applied for on its own (a cancelled or inactive one cannot). */}
          {matter.kind === "PERMIT" && matter.reformMode !== "CANCEL" && matter.isActive ? (
            <Link
              href={`/apply?matters=${encodeURIComponent(matter.code)}`}
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
              data-testid="apply-alone"
            >
              {t("catalog.guide.applyAlone")}
            </Link>
          ) : null}
          <PrintButton />
          <Link href="/matters" className="text-brand-700 underline">
            {t("catalog.guide.backToCatalog")}
          </Link>
        </div>
      </div>

      {current ? (
        <p className="mb-4 hidden text-sm print:block">{t("catalog.guide.printNote", { version: current.version, date: isoDate(current.effectiveFrom) })}</p>
      ) : null}

      <ModeNotices t={t} matter={matter} />

      <nav aria-label={t("catalog.guide.contents")} className="no-print mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("catalog.guide.contents")}</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="space-y-10">
        <GuideSection id="basic" title={t("catalog.guide.basicHeading")}>
          <dl className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-300 bg-white" data-testid="basic-info">
            <InfoRow label={t("catalog.guide.name")}>{matter.name}</InfoRow>
            <InfoRow label={t("catalog.guide.code")}>
              <span className="font-mono">{matter.code}</span>
            </InfoRow>
            <InfoRow label={t("catalog.guide.type")}>
              {t(`catalog.kinds.${matter.kind}`)}
              {/* A cancelled permit is not processed at all: 即办件/承诺件 would mislead. */}
              {matter.reformMode === "CANCEL" ? null : ` · ${t(`catalog.processing.${matter.processingType}`)}`}
            </InfoRow>
            <InfoRow label={t("catalog.guide.legalBasis")} testId="legal-basis">
              {matter.legalBasis}
            </InfoRow>
            <InfoRow label={t("catalog.guide.department")}>{matter.department.name}</InfoRow>
            <InfoRow label={t("catalog.guide.level")}>{t(`catalog.levels.${matter.level}`)}</InfoRow>
            <InfoRow label={t("catalog.guide.industry")}>{matter.industry}</InfoRow>
            <InfoRow label={t("catalog.guide.batch")}>
              {matter.rolloutBatch === null
                ? t("catalog.guide.batchNone")
                : matter.liveDate
                  ? t("catalog.guide.batchValue", { batch: matter.rolloutBatch, date: isoDate(matter.liveDate) })
                  : t("catalog.guide.batchNoDate", { batch: matter.rolloutBatch })}
            </InfoRow>
            {matter.reformMode !== "CANCEL" ? (
              <InfoRow label={t("catalog.guide.validity")}>
                {matter.validityYears === null ? t("catalog.guide.validityLong") : t("catalog.guide.validityYears", { years: matter.validityYears })}
              </InfoRow>
            ) : null}
            <InfoRow label={t("catalog.guide.binding")} testId="premises-binding">
              <PremisesBinding t={t} matter={matter} />
            </InfoRow>
            <InfoRow label={t("catalog.guide.fees")}>{matter.fees}</InfoRow>
            <InfoRow label={t("catalog.guide.version")} testId="catalog-version">
              {current
                ? t("catalog.guide.versionValue", { version: current.version, date: isoDate(current.effectiveFrom) })
                : t("catalog.guide.versionTitle", { version: matter.catalogVersion })}
            </InfoRow>
          </dl>
        </GuideSection>

        <GuideSection id="limits" title={t("catalog.guide.limitsHeading")}>
          <Limits t={t} matter={matter} />
        </GuideSection>

        <GuideSection id="conditions" title={t("catalog.guide.conditionsHeading")}>
          {conditions.length === 0 ? (
            <p className="text-slate-700">{t("catalog.guide.conditionsEmpty")}</p>
          ) : (
            <ol className="list-decimal space-y-1.5 pl-6 text-slate-900" data-testid="conditions">
              {conditions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ol>
          )}
        </GuideSection>

        <GuideSection id="materials" title={t("catalog.guide.materialsHeading")}>
          <MaterialsTable t={t} materials={matter.materials} caption={t("catalog.guide.materialsCaption", { name: matter.name })} />
        </GuideSection>

        <GuideSection id="reform" title={t("catalog.guide.reformHeading")}>
          <p className="mb-2">
            <ModeBadge mode={matter.reformMode} label={t(`modes.${matter.reformMode}`)} />
          </p>
          <Prose text={matter.reformMeasures} />
        </GuideSection>

        <GuideSection id="supervision" title={t("catalog.guide.supervisionHeading")}>
          <Prose text={matter.supervisionMeasures} />
        </GuideSection>

        <GuideSection id="faq" title={t("catalog.guide.faqHeading")}>
          {matter.faq.length === 0 ? (
            <p className="text-slate-700" data-testid="faq-empty">
              {t("catalog.guide.faqEmpty")}
            </p>
          ) : (
            <dl className="space-y-4" data-testid="faq">
              {matter.faq.map((item, i) => (
                <div key={i} className="rounded-lg border border-slate-200 bg-white p-4 print:break-inside-avoid">
                  <dt className="flex gap-2 font-semibold text-slate-900">
                    <span className="shrink-0 text-brand-700 print:text-black">{t("catalog.guide.question")}</span>
                    <span>{item.q}</span>
                  </dt>
                  <dd className="mt-2 flex gap-2 text-slate-800">
                    <span className="shrink-0 font-semibold text-slate-700">{t("catalog.guide.answer")}</span>
                    <span className="whitespace-pre-line">{item.a}</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </GuideSection>

        <GuideSection id="history" title={t("catalog.guide.historyHeading")}>
          <p className="mb-3 text-sm text-slate-700">{t("catalog.guide.historyLead")}</p>
          <VersionHistory t={t} versions={matter.versions} currentVersion={matter.catalogVersion} />
        </GuideSection>
      </div>
    </article>
  );
}

function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-3 border-l-4 border-brand-700 pl-3 text-xl font-bold text-slate-900 print:border-black">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What a change of the registered address does to this matter's licences (Matter.binding; rules.ts changeEffect). */
function PremisesBinding({ t, matter }: { t: TFunction; matter: MatterGuide }) {
  if (matter.binding === "SUBJECT") {
    return (
      <span data-binding="SUBJECT">
        {t("catalog.guide.bindingSubject")}
        {matter.bindingReason ? (
          <span className="mt-1 block text-sm text-slate-700">{t("catalog.guide.bindingReason", { reason: matter.bindingReason })}</span>
        ) : null}
      </span>
    );
  }
  return (
    <span data-binding="PREMISES" data-review={matter.premisesReview ?? "NEW_APPLICATION"} data-suspend={matter.suspendOnAddressMove ? "yes" : "no"}>
      <span className="block font-medium">{t("catalog.guide.bindingPremises")}</span>
      <span className="block">{t(`catalog.guide.bindingNeed.${matter.premisesReview ?? "NEW_APPLICATION"}`)}</span>
      <span className="block">{matter.suspendOnAddressMove ? t("catalog.guide.bindingSuspends") : t("catalog.guide.bindingStays")}</span>
      <span className="block">{t("catalog.guide.bindingOwnPremises")}</span>
      {matter.bindingReason ? (
        <span className="mt-1 block text-sm text-slate-700">{t("catalog.guide.bindingReason", { reason: matter.bindingReason })}</span>
      ) : null}
    </span>
  );
}

function InfoRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid sm:grid-cols-[12rem_1fr] print:grid-cols-[10rem_1fr] print:break-inside-avoid">
      <dt className="bg-slate-50 px-4 py-2 font-medium text-slate-800 print:bg-transparent">{label}</dt>
      <dd className="px-4 py-2 text-slate-900 [overflow-wrap:anywhere]" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function Prose({ text }: { text: string }) {
  return <p className="whitespace-pre-line leading-relaxed text-slate-900">{text || "—"}</p>;
}

function ModeNotices({ t, matter }: { t: TFunction; matter: MatterGuide }) {
  const notices: string[] = [];
  if (!matter.isActive) notices.push(t("catalog.guide.inactive"));
  if (matter.reformMode === "CANCEL") notices.push(t("catalog.guide.cancelNotice"));
  if (matter.reformMode === "FILING") notices.push(t("catalog.guide.filingNotice"));
  if (matter.reformMode === "COMMITMENT") notices.push(t("catalog.guide.commitmentNotice"));
  if (notices.length === 0) return null;
  return (
    <div className="mb-6 space-y-2">
      {notices.map((n) => (
        <p key={n} className="rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-slate-900 print:border print:border-black print:bg-transparent">
          {n}
        </p>
      ))}
    </div>
  );
}

/** 法定 / 承诺 time limits in working days and how much the promise cuts (珠海方案: complex matters ≤ 50%). */
function Limits({ t, matter }: { t: TFunction; matter: MatterGuide }) {
  const notApplicable = matter.reformMode === "CANCEL";
  const days = (n: number) => (n === 0 ? t("catalog.guide.onTheSpot") : t("catalog.guide.days", { days: n }));
  const reduction =
    notApplicable || matter.statutoryDays === 0
      ? t("catalog.guide.noLimit")
      : matter.promisedDays === matter.statutoryDays
        ? t("catalog.guide.noReduction")
        : t("catalog.guide.reductionValue", {
            percent: Math.round(((matter.statutoryDays - matter.promisedDays) / matter.statutoryDays) * 100),
          });
  const items = [
    { label: t("catalog.guide.statutory"), value: notApplicable ? t("catalog.guide.noLimit") : days(matter.statutoryDays), testId: "statutory-days" },
    { label: t("catalog.guide.promised"), value: notApplicable ? t("catalog.guide.noLimit") : days(matter.promisedDays), testId: "promised-days" },
    { label: t("catalog.guide.reduction"), value: reduction, testId: "reduction" },
  ];
  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-3">
        {items.map((item) => (
          <div key={item.testId} className="rounded-lg border border-slate-300 bg-white p-4 print:break-inside-avoid">
            <dt className="text-sm text-slate-700">{item.label}</dt>
            <dd className="mt-1 text-xl font-semibold text-slate-900" data-testid={item.testId}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      {notApplicable ? null : <p className="mt-2 text-sm text-slate-700">{t("catalog.guide.limitsNote")}</p>}
    </>
  );
}
