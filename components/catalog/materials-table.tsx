import type { TFunction } from "@/lib/i18n/core";
import type { TMaterialEntry } from "@/lib/catalog/schemas";

export type MaterialView = TMaterialEntry;

const FLAGS = [
  { key: "isKey", column: "catalog.guide.colKey", tone: "bg-red-50 text-red-900 border-red-300" },
  { key: "waivableByCommitment", column: "catalog.guide.colWaivable", tone: "bg-blue-50 text-blue-900 border-blue-300" },
  { key: "mayBePending", column: "catalog.guide.colPending", tone: "bg-amber-50 text-amber-900 border-amber-300" },
  { key: "heldByGovernment", column: "catalog.guide.colHeld", tone: "bg-emerald-50 text-emerald-900 border-emerald-300" },
] as const;

/**
 * 申请材料 with the four markers the reform gives a material: 关键材料 (never pending, 珠海方案 三(一)3),
 * 可承诺免交 (告知承诺), 可容缺后补 (容缺受理) and 政府已掌握免交 (数据共享). Every marker is a word, not a
 * colour or icon, so it reads aloud and prints.
 */
export function MaterialsTable({ t, materials, caption }: { t: TFunction; materials: MaterialView[]; caption: string }) {
  if (materials.length === 0) return <p className="text-slate-700">{t("catalog.guide.materialsEmpty")}</p>;
  const held = materials.filter((m) => m.heldByGovernment).length;
  const waivable = materials.filter((m) => m.waivableByCommitment).length;
  return (
    <>
      <p className="mb-3 text-slate-800" data-testid="materials-summary">
        {t("catalog.guide.materialsSummary", { total: materials.length, held, waivable })}
      </p>
      <div role="region" aria-labelledby="materials-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 print:overflow-visible">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm print:min-w-0" data-testid="materials-table">
          <caption id="materials-caption" className="sr-only">
            {caption}
          </caption>
          <thead className="bg-slate-100 text-slate-900">
            <tr>
              <th scope="col" className="w-12 border-b border-slate-300 px-3 py-2 font-semibold">
                {t("catalog.guide.colIndex")}
              </th>
              <th scope="col" className="border-b border-slate-300 px-3 py-2 font-semibold">
                {t("catalog.guide.colMaterial")}
              </th>
              {FLAGS.map((f) => (
                <th key={f.key} scope="col" className="w-24 border-b border-slate-300 px-3 py-2 text-center font-semibold">
                  {t(f.column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {materials.map((m, i) => (
              <tr
                key={m.documentKey}
                className="border-b border-slate-200 align-top last:border-b-0 print:break-inside-avoid"
                data-document-key={m.documentKey}
              >
                <td className="px-3 py-2 tabular-nums text-slate-700">{i + 1}</td>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="font-medium text-slate-900">{m.name}</span>
                  {m.description ? <span className="mt-0.5 block text-slate-700">{m.description}</span> : null}
                </th>
                {FLAGS.map((f) => (
                  <td key={f.key} className="px-3 py-2 text-center" data-flag={f.key} data-value={String(m[f.key])}>
                    {m[f.key] ? (
                      <span
                        className={`inline-block rounded border px-2 py-0.5 font-semibold print:border-black print:bg-transparent print:text-black ${f.tone}`}
                      >
                        {t("catalog.guide.yes")}
                      </span>
                    ) : (
                      <span className="text-slate-600">{t("catalog.guide.no")}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 rounded-md bg-slate-50 p-3 text-sm text-slate-800 print:bg-transparent print:p-0">
        <h3 id="materials-legend" className="font-semibold">
          {t("catalog.guide.legendHeading")}
        </h3>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          <li>{t("catalog.guide.legendKey")}</li>
          <li>{t("catalog.guide.legendWaivable")}</li>
          <li>{t("catalog.guide.legendPending")}</li>
          <li>{t("catalog.guide.legendHeld")}</li>
        </ul>
      </div>
    </>
  );
}
