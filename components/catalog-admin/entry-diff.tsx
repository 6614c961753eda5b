// The readable difference of a proposed catalog entry: field label, before → after; materials added,
// removed or changed. Text fields reuse the public version history's inline/line diff (components/catalog).
import type { TFunction } from "@/lib/i18n/core";
import type { EntryChange } from "@/lib/catalog/entry";
import { PROCESSING_TYPES, REFORM_MODES } from "@/lib/catalog/schemas";
import { InlineDiff, LineDiff, type DiffLabels } from "@/components/catalog/text-diff";

type FieldChange = Extract<EntryChange, { kind: "field" }>;

const PROSE = new Set<FieldChange["field"]>(["name", "legalBasis", "reformMeasures", "supervisionMeasures", "fees"]);

// diffEntries labels material properties in Chinese; these keys give the same label in the UI language.
const MATERIAL_LABEL_KEYS = {
  名称: "name",
  说明: "description",
  关键材料: "isKey",
  可告知承诺免交: "waivableByCommitment",
  可容缺后补: "mayBePending",
  政府已掌握免交: "heldByGovernment",
} as const;

function fieldValue(t: TFunction, change: FieldChange, value: string | number): string {
  if (change.field === "reformMode" && (REFORM_MODES as readonly unknown[]).includes(value)) {
    return t(`modes.${value as (typeof REFORM_MODES)[number]}`);
  }
  if (change.field === "processingType" && (PROCESSING_TYPES as readonly unknown[]).includes(value)) {
    return t(`catalogAdmin.processing.${value as (typeof PROCESSING_TYPES)[number]}`);
  }
  if (typeof value === "number") return t("catalogAdmin.common.days", { days: value });
  return value === "" ? t("catalogAdmin.common.empty") : value;
}

function materialValue(t: TFunction, value: string): string {
  if (value === "是") return t("catalogAdmin.common.yes");
  if (value === "否") return t("catalogAdmin.common.no");
  return value === "" ? t("catalogAdmin.common.empty") : value;
}

function BeforeAfter({ t, before, after }: { t: TFunction; before: string; after: string }) {
  return (
    <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
      <dt className="text-slate-700">{t("catalogAdmin.diff.before")}</dt>
      <dd className="whitespace-pre-wrap break-words">
        <del className="text-red-900 line-through decoration-red-800 decoration-2">{before}</del>
      </dd>
      <dt className="text-slate-700">{t("catalogAdmin.diff.after")}</dt>
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
  if (changes.length === 0) return <p className="text-slate-700">{t("catalogAdmin.diff.none")}</p>;
  const labels: DiffLabels = {
    removedStart: t("catalogAdmin.diff.removedStart"),
    removedEnd: t("catalogAdmin.diff.removedEnd"),
    addedStart: t("catalogAdmin.diff.addedStart"),
    addedEnd: t("catalogAdmin.diff.addedEnd"),
    lineAdded: t("catalogAdmin.diff.lineAdded"),
    lineRemoved: t("catalogAdmin.diff.lineRemoved"),
  };
  const hasText = changes.some((c) => c.kind === "field" && (PROSE.has(c.field) || c.field === "conditions"));
  return (
    <div className="text-sm">
      {hasText ? <p className="mb-2 text-slate-700">{t("catalogAdmin.diff.legend")}</p> : null}
      <ul className="space-y-2" data-testid="entry-diff">
        {changes.map((change, i) => {
          if (change.kind === "field") {
            const before = String(change.before);
            const after = String(change.after);
            return (
              <li key={i} className="rounded-md border border-slate-200 bg-white p-3" data-change={change.field}>
                <p className="mb-1 font-semibold text-slate-900">{t(`catalogAdmin.fields.${change.field}`)}</p>
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
                <Tag kind={added ? "added" : "removed"}>{t(added ? "catalogAdmin.diff.lineAdded" : "catalogAdmin.diff.lineRemoved")}</Tag>
                {t(added ? "catalogAdmin.diff.materialAdded" : "catalogAdmin.diff.materialRemoved", { name: change.name })}
                <span className="ml-1 font-mono text-xs text-slate-700">({change.documentKey})</span>
              </li>
            );
          }
          return (
            <li key={i} className="rounded-md border border-slate-200 bg-white p-3" data-change="material-changed">
              <p className="mb-1 font-semibold text-slate-900">
                {t("catalogAdmin.diff.materialChanged", { name: change.name })}
                <span className="ml-1 font-mono text-xs font-normal text-slate-700">({change.documentKey})</span>
              </p>
              <ul className="space-y-2">
                {change.changes.map((c) => {
                  const key = MATERIAL_LABEL_KEYS[c.label as keyof typeof MATERIAL_LABEL_KEYS];
                  return (
                    <li key={c.label}>
                      <p className="text-slate-800">{key ? t(`catalogAdmin.materialFields.${key}`) : c.label}</p>
                      <BeforeAfter t={t} before={materialValue(t, c.before)} after={materialValue(t, c.after)} />
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
