import type { WindowPending } from "@/lib/approvals/get-window-application";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/date-time";
import { DueDay } from "@/components/ui/due-day";
import { MaterialLink } from "@/components/ui/material-link";
import { DataName } from "@/components/i18n/data-name";

/** 容缺 materials after acceptance: deadline, whether supplemented, and the file supplemented. */
export function PendingList({ pending, t, locale }: { pending: WindowPending[]; t: TFunction; locale: Locale }) {
  if (!pending.length) return null;
  return (
    <section aria-labelledby="pending-heading" className="space-y-2">
      <h2 id="pending-heading" className="text-lg font-semibold">
        {t("window.pending.heading")}
      </h2>
      <DataTable
        caption={t("window.pending.caption")}
        headers={[t("window.pending.colMaterial"), t("window.pending.colDeadline"), t("window.pending.colStatus"), t("window.pending.colFile")]}
        testId="pending-materials"
      >
        {pending.map((p) => (
          <tr key={p.documentKey} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2">
              <DataName kind="material" code={p.documentKey} zh={p.name} locale={locale} />
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              <DueDay date={p.deadline} />
            </td>
            <td className="px-3 py-2">
              {t(`pendingStatus.${p.status}`)}
              {p.supplementedAt ? (
                <span className="block text-sm">{t("window.pending.supplementedAt", { date: formatDateTime(p.supplementedAt, locale) })}</span>
              ) : null}
            </td>
            <td className="px-3 py-2">{p.file ? <MaterialLink file={p.file} text={p.file.fileName} newWindow={t("window.docs.newWindow")} /> : null}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
