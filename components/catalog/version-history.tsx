import type { TFunction } from "@/lib/i18n/core";
import type { GuideVersion } from "@/lib/catalog/get-matter-guide";
import { DateText } from "./date-text";
import { EntryDiff } from "./entry-diff";

/**
 * 版本记录: every published version, newest first, with what it changed against the one before
 * (清单动态管理, 晋中方案 三(二)). Computed from the stored snapshots, never from the live row.
 */
export function VersionHistory({ t, versions, currentVersion }: { t: TFunction; versions: GuideVersion[]; currentVersion: number }) {
  if (versions.length === 0) return <p className="text-slate-700">{t("catalog.guide.historyEmpty")}</p>;
  const newestFirst = [...versions].reverse();
  return (
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
              <dd>
                <DateText date={v.effectiveFrom} />
              </dd>
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
                  <EntryDiff t={t} changes={v.changes} />
                </>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
