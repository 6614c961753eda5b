"use client";
import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { ZLogin } from "@/lib/auth/schemas";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/core";
import { TextField } from "@/components/ui/text-field";

type FieldErrors = Partial<Record<"username" | "password", MessageKey>>;

export function LoginForm({ callbackUrl }: { callbackUrl: string | null }) {
  const { t } = useI18n();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Set once the script runs: tests (and nothing else) wait for it before typing, so a click is handled here.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

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
      setFormError(locked ? t("login.locked", { minutes: locked[1] ?? "" }) : result?.error === "INVALID" ? t("login.invalid") : t("login.error"));
      return;
    }
    router.replace(callbackUrl ?? "/workspace");
    router.refresh();
  }

  return (
    // method="post": a click before hydration must never put the password in the address (a GET would).
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated ? "true" : undefined}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      {formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="login-error">
          {formError}
        </p>
      ) : null}
      <TextField label={t("login.username")} name="username" autoComplete="username" error={fieldErrors.username ? t(fieldErrors.username) : undefined} />
      <TextField
        label={t("login.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password ? t(fieldErrors.password) : undefined}
      />
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
