import type { WindowApplication } from "@/lib/approvals/get-window-application";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DataTable } from "@/components/ui/data-table";
import { DataName } from "@/components/i18n/data-name";

/** What 统一出件 issued: each licence's kind and number, and a new company's USCC. */
export function IssuedRecord({ issued, t, locale }: { issued: NonNullable<WindowApplication["issued"]>; t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="issued-heading" className="space-y-2" data-testid="issued-record">
      <h2 id="issued-heading" className="text-lg font-semibold">
        {t("window.issued.heading")}
      </h2>
      {issued.uscc ? (
        <p className="font-medium" data-testid="issued-uscc">
          {t("window.issued.uscc", { uscc: issued.uscc })}
        </p>
      ) : null}
      {issued.licences.length === 0 ? (
        <p className="text-slate-700">{t("window.issued.none")}</p>
      ) : (
        <DataTable caption={t("window.issued.caption")} headers={[t("window.issued.colMatter"), t("window.issued.colKind"), t("window.issued.colNumber")]}>
          {issued.licences.map((l) => (
            <tr key={l.number} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2">{l.matter ? <DataName kind="matter" zh={l.matter} locale={locale} /> : null}</td>
              <td className="px-3 py-2">{t(`window.licenceKind.${l.kind}`)}</td>
              <td className="px-3 py-2 font-mono break-all" data-testid="licence-number">
                {l.number}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
