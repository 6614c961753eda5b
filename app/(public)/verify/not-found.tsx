import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { VerifyForm } from "@/components/verify/verify-form";

/** An unknown 统一社会信用代码 or licence number: say so plainly and offer the form again. */
export default async function VerifyNotFound() {
  const { t } = await getI18n();
  return (
    <div className="space-y-6">
      <div data-testid="verify-not-found">
        <h1 className="text-2xl font-bold text-slate-900">{t("verify.notFound.heading")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("verify.notFound.body")}</p>
      </div>
      <VerifyForm t={t} />
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("verify.home")}
        </Link>
      </p>
    </div>
  );
}
