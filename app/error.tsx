"use client";
import { useI18n } from "@/lib/i18n/client";

/** Unexpected errors: a generic message with the server's reference id (digest), nothing internal. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">{t("errors.genericTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("errors.genericBody", { ref: error.digest ?? "-" })}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-700 px-4 py-2 text-white">
        {t("errors.retry")}
      </button>
    </div>
  );
}
