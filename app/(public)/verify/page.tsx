import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { verifyTarget } from "@/lib/licences/verify-query";
import { PageHeading } from "@/components/ui/page-heading";
import { VerifyForm } from "@/components/verify/verify-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("verify.metaTitle") };
}

/** 证照核验: type a 统一社会信用代码 or a licence number; no sign-in. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const [{ t }, { q }] = await Promise.all([getI18n(), searchParams]);
  const input = Array.isArray(q) ? q[0] : q;
  const target = input === undefined ? null : verifyTarget(input);
  if (target?.ok) redirect(target.path);
  return (
    <div>
      <PageHeading title={t("verify.heading")} lead={t("verify.lead")} />
      <VerifyForm t={t} value={input} error={target && !target.ok ? t(target.error) : undefined} />
    </div>
  );
}
