import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("errors.notFoundBody")}</p>
      <p className="mt-4">{t("errors.notFoundHelp")}</p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <Link href="/" className="text-brand-700 underline">
            {t("errors.goHome")}
          </Link>
        </li>
        <li>
          <Link href="/workspace" className="text-brand-700 underline">
            {t("errors.goMyHome")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
