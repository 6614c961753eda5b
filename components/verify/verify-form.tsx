import type { TFunction } from "@/lib/i18n/core";

/** The /verify form: a plain GET form (works without script); the page validates and redirects. */
export function VerifyForm({ t, value, error }: { t: TFunction; value?: string; error?: string }) {
  return (
    <form action="/verify" method="get" noValidate className="max-w-xl space-y-3" role="search" aria-label={t("verify.heading")}>
      <div>
        <label htmlFor="verify-q" className="block font-medium">
          {t("verify.form.label")}
        </label>
        <p id="verify-q-hint" className="text-sm text-slate-700">
          {t("verify.form.hint")}
        </p>
        <input
          id="verify-q"
          name="q"
          type="text"
          defaultValue={value}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-base focus:border-brand-600"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "verify-q-hint verify-q-error" : "verify-q-hint"}
          // biome-ignore lint/a11y/noAutofocus: focus returns to the one field when the server refused its value
          autoFocus={Boolean(error)}
        />
        {error ? (
          <p id="verify-q-error" role="alert" data-testid="verify-error" className="mt-1 text-sm text-red-800">
            {t("verify.form.errorPrefix")}
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("verify.form.submit")}
      </button>
    </form>
  );
}
