import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { listMattersForStart } from "@/lib/applications/list-matters-for-start";
import { PageHeading } from "@/components/ui/page-heading";
import { StartForm } from "@/components/applications/start-form";
import { startApplicationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("apply.start.metaTitle") };
}

type SearchParams = Promise<{ matters?: string | string[]; from?: string | string[] }>;

/** 一表申请 — step 1: confirm the matters (from the finder notice or a service guide) and start a draft. */
export default async function ApplyStartPage({ searchParams }: { searchParams: SearchParams }) {
  const { matters: raw, from } = await searchParams;
  // The finder notice passes its answers along, so the form does not ask them again.
  const guideQuery = typeof from === "string" ? from.slice(0, 2000) : "";
  const query = raw ? `?matters=${encodeURIComponent(Array.isArray(raw) ? raw.join(",") : raw)}` : "";
  const actor = await requirePagePermission("application.submit", `/apply${query}`);
  const { t } = await getI18n();
  const { matters, notFound } = await listMattersForStart({ raw });

  return (
    <div className="space-y-6">
      <PageHeading title={t("apply.start.heading")} lead={t("apply.start.lead")} />

      {notFound.length ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="start-not-found">
          {t("apply.start.notFound", { codes: notFound.join(t("common.listSeparator")) })}
        </p>
      ) : null}

      {matters.length === 0 ? (
        <section aria-labelledby="start-empty" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="start-empty">
          <h2 id="start-empty" className="font-semibold">
            {t("apply.start.emptyHeading")}
          </h2>
          <p className="mt-1 text-slate-700">{t("apply.start.emptyLead")}</p>
          <ul className="mt-3 flex flex-wrap gap-4">
            <li>
              <Link href="/guide" className="text-brand-700 underline">
                {t("apply.start.emptyGuide")}
              </Link>
            </li>
            <li>
              <Link href="/matters" className="text-brand-700 underline">
                {t("apply.start.emptyMatters")}
              </Link>
            </li>
          </ul>
        </section>
      ) : (
        <>
          {actor.enterpriseId ? null : (
            <p className="rounded border border-brand-700 bg-brand-50 p-3 text-slate-900" data-testid="start-registration">
              {t("apply.start.registrationAdded")}
            </p>
          )}
          <StartForm matters={matters} clientKey={randomUUID()} guideQuery={guideQuery} action={startApplicationAction} />
        </>
      )}
    </div>
  );
}
