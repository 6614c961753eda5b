// The readable difference between two catalog entries — a proposal against its base, or a published version
// against the one before: field, before → after (inline / line diffs for text); materials added, removed, changed.
import type { TFunction } from "@/lib/i18n/core";
import type { EntryChange } from "@/lib/catalog/entry";
import { PROCESSING_TYPES, REFORM_MODES } from "@/lib/catalog/schemas";
import type { MaterialField } from "@/lib/catalog/entry";
import { InlineDiff, LineDiff, type DiffLabels } from "./text-diff";

type FieldChange = Extract<EntryChange, { kind: "field" }>;

const PROSE = new Set<FieldChange["field"]>(["name", "legalBasis", "reformMeasures", "supervisionMeasures", "fees"]);

function fieldValue(t: TFunction, change: FieldChange, value: string | number): string {
  if (change.field === "reformMode" && (REFORM_MODES as readonly unknown[]).includes(value)) {
    return t(`modes.${value as (typeof REFORM_MODES)[number]}`);
  }
  if (change.field === "processingType" && (PROCESSING_TYPES as readonly unknown[]).includes(value)) {
    return t(`catalog.processing.${value as (typeof PROCESSING_TYPES)[number]}`);
  }
  if (typeof value === "number") return t("catalog.guide.days", { days: value });
  return value === "" ? t("catalog.guide.emptyValue") : value;
}

function materialValue(t: TFunction, value: string | boolean): string {
  if (typeof value === "boolean") return t(value ? "catalog.guide.yes" : "catalog.guide.no");
  return value === "" ? t("catalog.guide.emptyValue") : value;
}

function BeforeAfter({ t, before, after }: { t: TFunction; before: string; after: string }) {
  return (
    <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
      <dt className="text-slate-700">{t("catalog.guide.before")}</dt>
      <dd className="whitespace-pre-wrap break-words">
        <del className="text-red-900 line-through decoration-red-800 decoration-2">{before}</del>
      </dd>
      <dt className="text-slate-700">{t("catalog.guide.after")}</dt>
      <dd className="whitespace-pre-wrap break-words">
        <ins className="text-green-900 underline decoration-green-800 decoration-2 underline-offset-2">{after}</ins>
      </dd>
    </dl>
  );
}

function Tag({ kind, children }: { kind: "added" | "removed" | "changed"; children: string }) {
  const style = kind === "added" ? "bg-green-100 text-green-900" : kind === "removed" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900";
  return <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${style}`}>{children}</span>;
}

export function EntryDiff({ t, changes }: { t: TFunction; changes: EntryChange[] }) {
  if (changes.length === 0) return <p className="text-slate-700">{t("catalog.guide.noChanges")}</p>;
  const labels: DiffLabels = {
    removedStart: t("catalog.guide.removedStart"),
    removedEnd: t("catalog.guide.removedEnd"),
    addedStart: t("catalog.guide.addedStart"),
    addedEnd: t("catalog.guide.addedEnd"),
    lineAdded: t("catalog.guide.lineAdded"),
    lineRemoved: t("catalog.guide.lineRemoved"),
  };
  const hasText = changes.some((c) => c.kind === "field" && (PROSE.has(c.field) || c.field === "conditions"));
  return (
    <div className="text-sm">
      {hasText ? <p className="mb-2 text-slate-700">{t("catalog.guide.diffLegend")}</p> : null}
      <ul className="space-y-2" data-testid="entry-diff">
        {changes.map((change, i) => {
          if (change.kind === "field") {
            const before = String(change.before);
            const after = String(change.after);
            return (
              <li key={i} className="rounded-md border border-slate-200 bg-white p-3" data-change={change.field}>
                <p className="mb-1 font-semibold text-slate-900">{t(`catalog.fields.${change.field}`)}</p>
                {change.field === "conditions" ? (
                  <LineDiff before={before} after={after} labels={labels} />
                ) : PROSE.has(change.field) && before !== "" && after !== "" ? (
                  <InlineDiff before={before} after={after} labels={labels} />
                ) : (
                  <BeforeAfter t={t} before={fieldValue(t, change, change.before)} after={fieldValue(t, change, change.after)} />
                )}
              </li>
            );
          }
          if (change.kind === "material-added" || change.kind === "material-removed") {
            const added = change.kind === "material-added";
            return (
              <li key={i} className="rounded-md border border-slate-200 bg-white p-3" data-change={change.kind}>
                <Tag kind={added ? "added" : "removed"}>{t(added ? "catalog.guide.lineAdded" : "catalog.guide.lineRemoved")}</Tag>
                {t(added ? "catalog.guide.materialAdded" : "catalog.guide.materialRemoved", { name: change.name })}
                <span className="ml-1 font-mono text-xs text-slate-700">({change.documentKey})</span>
              </li>
            );
          }
          if (change.kind === "materials-reordered") {
            return (
              <li key={i} className="rounded-md border border-slate-200 bg-white p-3" data-change="materials-reordered">
                <p className="mb-1 font-semibold text-slate-900">{t("catalog.guide.materialsReordered")}</p>
                <BeforeAfter t={t} before={change.before.join(t("catalog.guide.listSeparator"))} after={change.after.join(t("catalog.guide.listSeparator"))} />
              </li>
            );
          }
          return (
            <li key={i} className="rounded-md border border-slate-200 bg-white p-3" data-change="material-changed">
              <p className="mb-1 font-semibold text-slate-900">
                {t("catalog.guide.materialChanged", { name: change.name })}
                <span className="ml-1 font-mono text-xs font-normal text-slate-700">({change.documentKey})</span>
              </p>
              <ul className="space-y-2">
                {change.changes.map((c: { field: MaterialField; before: string | boolean; after: string | boolean }) => (
                  <li key={c.field}>
                    <p className="text-slate-800">{t(`catalog.materialFields.${c.field}`)}</p>
                    <BeforeAfter t={t} before={materialValue(t, c.before)} after={materialValue(t, c.after)} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
