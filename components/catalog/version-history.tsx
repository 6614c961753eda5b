import type { TFunction } from "@/lib/i18n/core";
import type { EntryChange } from "@/lib/catalog/entry";
import type { GuideVersion } from "@/lib/catalog/get-matter-guide";
import { REFORM_MODES, PROCESSING_TYPES } from "@/lib/catalog/schemas";
import { DateText } from "./date-text";
import { InlineDiff, LineDiff, type DiffLabels } from "./text-diff";

type FieldChange = Extract<EntryChange, { kind: "field" }>;

/** Enum values and numbers read as words; everything else is text. */
function showValue(t: TFunction, change: FieldChange, value: string | number): string {
  if (change.field === "reformMode" && (REFORM_MODES as readonly unknown[]).includes(value)) {
    return t(`modes.${value as (typeof REFORM_MODES)[number]}`);
  }
  if (change.field === "processingType" && (PROCESSING_TYPES as readonly unknown[]).includes(value)) {
    return t(`catalog.processing.${value as (typeof PROCESSING_TYPES)[number]}`);
  }
  if (typeof value === "number") return t("catalog.guide.days", { days: value });
  return value === "" ? t("catalog.guide.emptyValue") : value;
}

const PROSE_FIELDS = new Set<FieldChange["field"]>(["name", "legalBasis", "reformMeasures", "supervisionMeasures", "fees"]);

function BeforeAfter({ t, before, after }: { t: TFunction; before: string; after: string }) {
  return (
    <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
      <dt className="text-slate-700">{t("catalog.guide.before")}</dt>
      <dd><del className="text-red-900 line-through decoration-red-800 decoration-2">{before}</del></dd>
      <dt className="text-slate-700">{t("catalog.guide.after")}</dt>
      <dd><ins className="text-green-900 underline decoration-green-800 decoration-2 underline-offset-2">{after}</ins></dd>
    </dl>
  );
}

function ChangeItem({ t, change, labels }: { t: TFunction; change: EntryChange; labels: DiffLabels }) {
  switch (change.kind) {
    case "field": {
      const label = t(`catalog.fields.${change.field}`);
      let body;
      if (change.field === "conditions") body = <LineDiff before={String(change.before)} after={String(change.after)} labels={labels} />;
      else if (PROSE_FIELDS.has(change.field)) body = <InlineDiff before={String(change.before)} after={String(change.after)} labels={labels} />;
      else body = <BeforeAfter t={t} before={showValue(t, change, change.before)} after={showValue(t, change, change.after)} />;
      return (
        <li className="rounded-md border border-slate-200 bg-white p-3 print:break-inside-avoid" data-change={change.field}>
          <p className="mb-1 font-semibold text-slate-900">{label}</p>
          {body}
        </li>
      );
    }
    case "material-added":
      return (
        <li className="rounded-md border border-slate-200 bg-white p-3" data-change="material-added">
          <span className="mr-2 rounded bg-green-100 px-1.5 text-xs font-semibold text-green-900">{labels.lineAdded}</span>
          {t("catalog.guide.materialAdded", { name: change.name })}
        </li>
      );
    case "material-removed":
      return (
        <li className="rounded-md border border-slate-200 bg-white p-3" data-change="material-removed">
          <span className="mr-2 rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">{labels.lineRemoved}</span>
          {t("catalog.guide.materialRemoved", { name: change.name })}
        </li>
      );
    case "material-changed":
      return (
        <li className="rounded-md border border-slate-200 bg-white p-3 print:break-inside-avoid" data-change="material-changed">
          <p className="mb-1 font-semibold text-slate-900">{t("catalog.guide.materialChanged", { name: change.name })}</p>
          <ul className="space-y-2">
            {change.changes.map((c) => (
              <li key={c.label}>
                <p className="text-slate-800">{c.label}</p>
                <BeforeAfter t={t} before={c.before} after={c.after} />
              </li>
            ))}
          </ul>
        </li>
      );
  }
}

/**
 * 版本记录: every published version, newest first, with what it changed against the one before
 * (清单动态管理, 晋中方案 三(二)). Computed from the stored snapshots, never from the live row.
 */
export function VersionHistory({ t, versions, currentVersion }: { t: TFunction; versions: GuideVersion[]; currentVersion: number }) {
  if (versions.length === 0) return <p className="text-slate-700">{t("catalog.guide.historyEmpty")}</p>;
  const labels: DiffLabels = {
    removedStart: t("catalog.guide.removedStart"),
    removedEnd: t("catalog.guide.removedEnd"),
    addedStart: t("catalog.guide.addedStart"),
    addedEnd: t("catalog.guide.addedEnd"),
    lineAdded: t("catalog.guide.lineAdded"),
    lineRemoved: t("catalog.guide.lineRemoved"),
  };
  const newestFirst = [...versions].reverse();
  const hasDiffs = versions.some((v) => v.changes && v.changes.length > 0);
  return (
    <>
      {hasDiffs ? <p className="mb-3 text-sm text-slate-700">{t("catalog.guide.diffLegend")}</p> : null}
      <ol className="space-y-4" data-testid="version-history">
        {newestFirst.map((v, i) => {
          const previous = newestFirst[i + 1];
          const isCurrent = v.version === currentVersion;
          return (
            <li
              key={v.version}
              className={`rounded-lg border p-4 print:break-inside-avoid-page ${isCurrent ? "border-brand-600 bg-brand-50/40" : "border-slate-200 bg-slate-50"}`}
              data-version={v.version}
            >
              <h3 className="flex flex-wrap items-center gap-2 text-base font-bold">
                {t("catalog.guide.versionTitle", { version: v.version })}
                {isCurrent ? (
                  <span className="rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white print:border print:border-black print:bg-transparent print:text-black">
                    {t("catalog.guide.current")}
                  </span>
                ) : null}
              </h3>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-700">{t("catalog.guide.effectiveFrom")}</dt>
                <dd><DateText date={v.effectiveFrom} /></dd>
                <dt className="text-slate-700">{t("catalog.guide.source")}</dt>
                <dd data-testid="version-source">{t(`catalog.sources.${v.source}`)}</dd>
                {v.note ? (
                  <>
                    <dt className="text-slate-700">{t("catalog.guide.note")}</dt>
                    <dd>{v.note}</dd>
                  </>
                ) : null}
              </dl>
              <div className="mt-3 text-sm">
                {!v.readable ? (
                  <p className="text-slate-700">{t("catalog.guide.unreadable")}</p>
                ) : v.changes === null ? (
                  <p className="text-slate-700">{t("catalog.guide.initialVersion")}</p>
                ) : v.changes.length === 0 ? (
                  <p className="text-slate-700">{t("catalog.guide.noChanges")}</p>
                ) : (
                  <>
                    <p className="mb-2 text-slate-800">
                      {t("catalog.guide.changesCount", { prev: previous?.version ?? v.version - 1, count: v.changes.length })}
                    </p>
                    <ul className="space-y-2">
                      {v.changes.map((c, j) => (
                        <ChangeItem key={j} t={t} change={c} labels={labels} />
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
