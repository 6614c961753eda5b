import { redirect } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getEnv } from "@/lib/env";
import { PageHeading } from "@/components/ui/page-heading";
import { LoginForm } from "@/components/auth/login-form";

export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  const user = await getSessionUser();
  if (user && !callbackUrl) redirect("/workspace");
  const { t } = await getI18n();
  const env = getEnv();
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title={t("login.heading")} lead={t("login.lead")} />
      {params.loggedOut ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("login.loggedOut")}
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm text-slate-600">{t("login.lockPolicy", { max: env.LOGIN_MAX_FAILURES, minutes: env.LOGIN_LOCK_MINUTES })}</p>
    </div>
  );
}
