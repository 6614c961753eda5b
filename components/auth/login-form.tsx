"use client";
import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { ZLogin } from "@/lib/auth/schemas";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/core";

type FieldErrors = Partial<Record<"username" | "password", MessageKey>>;

export function LoginForm({ callbackUrl }: { callbackUrl: string | null }) {
  const { t } = useI18n();
  const router = useRouter();
  const id = useId();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZLogin.safeParse({ username: data.get("username"), password: data.get("password") });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        errors[field] ??= issue.message as MessageKey;
      }
      setFieldErrors(errors);
      setFormError(null);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setBusy(false);
    if (!result || result.error) {
      const locked = result?.error?.match(/^LOCKED:(\d+)$/);
      setFormError(
        locked ? t("login.locked", { minutes: locked[1] ?? "" }) : result?.error === "INVALID" ? t("login.invalid") : t("login.error"),
      );
      return;
    }
    router.replace(callbackUrl ?? "/workspace");
    router.refresh();
  }

  const input = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand-600";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="login-error">
          {formError}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-username`} className="block font-medium">{t("login.username")}</label>
        <input
          id={`${id}-username`}
          name="username"
          autoComplete="username"
          className={input}
          aria-invalid={fieldErrors.username ? true : undefined}
          aria-describedby={fieldErrors.username ? `${id}-username-error` : undefined}
        />
        {fieldErrors.username ? (
          <p id={`${id}-username-error`} className="mt-1 text-sm text-red-800">{t(fieldErrors.username)}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block font-medium">{t("login.password")}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          className={input}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined}
        />
        {fieldErrors.password ? (
          <p id={`${id}-password-error`} className="mt-1 text-sm text-red-800">{t(fieldErrors.password)}</p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {busy ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
