import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { PageHeading } from "@/components/ui/page-heading";
import { ImportForm } from "@/components/catalog-admin/import-form";
import { importCatalogAction } from "../actions";

export const dynamic = "force-dynamic";

/** Excel import of the catalog (regulator only): every bad row is listed with its row number. */
export default async function CatalogImportPage() {
  await requirePagePermission("catalog.publish", "/regulator/catalog/import");
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/regulator/catalog" className="text-brand-700 underline">
          {t("catalogAdmin.common.backToReview")}
        </Link>
      </p>
      <PageHeading title={t("catalogAdmin.importer.heading")} lead={t("catalogAdmin.importer.lead")} />
      <ol className="list-decimal space-y-1 pl-6 text-slate-800">
        <li>
          {t("catalogAdmin.importer.step1")}{" "}
          <a href="/matters/export.xlsx" className="text-brand-700 underline">
            {t("catalogAdmin.common.exportXlsx")}
          </a>
        </li>
        <li>{t("catalogAdmin.importer.step2")}</li>
        <li>{t("catalogAdmin.importer.step3")}</li>
      </ol>
      <ImportForm action={importCatalogAction} />
    </div>
  );
}
