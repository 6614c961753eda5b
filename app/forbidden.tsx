import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-xl py-10" data-testid="forbidden">
      <h1 className="text-2xl font-bold">{t("errors.forbiddenTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("errors.forbiddenBody")}</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href="/workspace" className="text-brand-700 underline">
            {t("errors.goMyHome")}
          </Link>
        </li>
        <li>
          <Link href="/login?callbackUrl=%2Fworkspace" className="text-brand-700 underline">
            {t("errors.goLogin")}
          </Link>
        </li>
        <li>
          <Link href="/" className="text-brand-700 underline">
            {t("errors.goHome")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
