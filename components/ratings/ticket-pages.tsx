// The bad-rating ticket desk, one for both units that answer for a rating: a department (/dept/ratings,
// department officers) and the 综合窗口 (/desk/ratings, window officers). The routes only name their unit;
// the sign-in check, the list with its overdue flags and the ticket with its forms are all here.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getI18n } from "@/lib/i18n/server";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { getTicket, listTickets, type TicketDetail, type TicketRow } from "@/lib/ratings/list-tickets";
import { isOverdue, nextTicketStep } from "@/lib/ratings/rules";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeText } from "@/components/ui/date-time";
import { InfoRow, RatingScoresList, TicketFlagBadges, TicketProgress } from "./rating-view";
import { TicketStepForm, type TicketStepActions } from "./ticket-step-form";

export type TicketUnit = "dept" | "desk";
const ROLE: Readonly<Record<TicketUnit, Role>> = { dept: "DEPT_OFFICER", desk: "WINDOW_OFFICER" };
const basePath = (unit: TicketUnit) => `/${unit}/ratings`;
const CELL = "border-t border-slate-200 px-3 py-2 align-top";

export async function ticketsMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("ratings.tickets.metaTitle") };
}

/** The unit's officer, or the login / 403 page. */
async function officerOf(unit: TicketUnit, path: string) {
  const actor = await requirePagePermission("rating.rectify", path);
  if (actor.role !== ROLE[unit] || (unit === "dept" && !actor.departmentId)) forbidden();
  return actor;
}

export async function TicketListPage({ unit, searchParams }: { unit: TicketUnit; searchParams: Promise<{ filter?: string | string[] }> }) {
  const base = basePath(unit);
  const actor = await officerOf(unit, base);
  const { t, locale } = await getI18n();
  const asked = (await searchParams).filter;
  const list = await listTickets({ actor, now: new Date(), input: { filter: asked === "all" ? "all" : "open" } });
  const filters = [
    { value: "open", href: base, text: t("ratings.tickets.filterOpen") },
    { value: "all", href: `${base}?filter=all`, text: t("ratings.tickets.filterAll") },
  ] as const;
  return (
    <div className="space-y-6">
      <PageHeading title={t("ratings.tickets.heading")} lead={t(unit === "dept" ? "ratings.tickets.leadDept" : "ratings.tickets.leadWindow")} />
      <p>
        {t("common.labelValue", { label: t("ratings.tickets.unit"), value: "" })}
        <strong data-testid="ticket-unit">{list.unitName ?? t("ratings.window")}</strong>
      </p>
      <nav aria-label={t("ratings.tickets.filterLabel")}>
        <ul className="flex flex-wrap gap-3">
          {filters.map((f) => (
            <li key={f.value}>
              <Link
                href={f.href}
                aria-current={list.filter === f.value ? "page" : undefined}
                className="inline-block min-h-11 rounded-md border border-brand-600 px-3 py-2 text-brand-800 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {f.text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length === 0 ? (
        <p className="text-slate-700" data-testid="tickets-empty">
          {t(list.filter === "all" ? "ratings.tickets.emptyAll" : "ratings.tickets.empty")}
        </p>
      ) : (
        <DataTable
          caption={t(list.filter === "all" ? "ratings.tickets.captionAll" : "ratings.tickets.caption")}
          testId="tickets"
          headers={[
            t("ratings.tickets.colApplication"),
            t("ratings.tickets.colOverall"),
            t("ratings.tickets.colStatus"),
            t("ratings.tickets.colCallbackDue"),
            t("ratings.tickets.colFixDue"),
            t("ratings.tickets.colFlags"),
          ]}
        >
          {list.rows.map((r: TicketRow) => (
            <tr
              key={r.id}
              data-testid="ticket-row"
              data-status={r.status}
              data-overdue={isOverdue(r) ? "true" : "false"}
              className={isOverdue(r) ? "bg-red-50" : undefined}
            >
              <th scope="row" className={`${CELL} min-w-48 text-left font-medium`}>
                <Link href={`${base}/${r.id}`} className="text-brand-700 underline">
                  {r.applicationName}
                </Link>
                <span className="mt-0.5 block text-xs font-normal text-slate-700">
                  <DateTimeText date={r.openedAt} locale={locale} />
                </span>
              </th>
              <td className={`${CELL} whitespace-nowrap`}>{t("ratings.scoreValue", { score: r.overall })}</td>
              <td className={`${CELL} min-w-32`}>{t(`ratings.status.${r.status}`)}</td>
              <td className={`${CELL} whitespace-nowrap`}>
                <DateTimeText date={r.callbackDueAt} locale={locale} />
              </td>
              <td className={`${CELL} whitespace-nowrap`}>
                <DateTimeText date={r.fixDueAt} locale={locale} />
              </td>
              <td className={CELL}>
                <TicketFlagBadges flags={r} t={t} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}

export async function TicketDetailPage({ unit, params, actions }: { unit: TicketUnit; params: Promise<{ id: string }>; actions: TicketStepActions }) {
  const { id } = await params;
  const base = basePath(unit);
  const actor = await officerOf(unit, `${base}/${encodeURIComponent(id)}`);
  const { t, locale } = await getI18n();
  let ticket: TicketDetail;
  try {
    ticket = await getTicket({ actor, now: new Date(), id });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const step = nextTicketStep(ticket.status);
  const late = step === "callback" ? ticket.callbackOverdue : step === "rectify" ? ticket.fixOverdue : false;
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          {t("ratings.ticket.back")}
        </Link>
      </p>
      <PageHeading title={t("ratings.ticket.heading", { name: ticket.applicationName })} />
      <section aria-labelledby="ticket-summary" className="space-y-2">
        <h2 id="ticket-summary" className="text-lg font-semibold">
          {t("ratings.ticket.summaryHeading")}
        </h2>
        <dl className="rounded-lg border border-slate-200 bg-white px-4">
          <InfoRow label={t("ratings.tickets.unit")}>{ticket.unitName ?? t("ratings.window")}</InfoRow>
          <InfoRow label={t("ratings.ticket.application")}>{ticket.applicationName}</InfoRow>
          <InfoRow label={t("ratings.ticket.applicant")}>{ticket.applicant.name}</InfoRow>
          <InfoRow label={t("ratings.ticket.phone")}>{ticket.applicant.phone ?? t("ratings.ticket.noPhone")}</InfoRow>
          <InfoRow label={t("ratings.ticket.openedAt")}>
            <DateTimeText date={ticket.openedAt} locale={locale} />
          </InfoRow>
        </dl>
      </section>
      <section aria-labelledby="ticket-rating" className="space-y-2">
        <h2 id="ticket-rating" className="text-lg font-semibold">
          {t("ratings.ticket.ratingHeading")}
        </h2>
        <RatingScoresList rating={ticket.rating} t={t} emptyComment={t("ratings.ticket.noComment")} />
      </section>
      {ticket.rerating ? (
        <section aria-labelledby="ticket-rerating" className="space-y-2" data-testid="ticket-rerating">
          <h2 id="ticket-rerating" className="text-lg font-semibold">
            {t("ratings.ticket.rerateHeading")}
          </h2>
          <RatingScoresList rating={ticket.rerating} t={t} emptyComment={t("ratings.ticket.noComment")} />
        </section>
      ) : null}
      <section aria-labelledby="ticket-deadlines" className="space-y-2">
        <h2 id="ticket-deadlines" className="text-lg font-semibold">
          {t("ratings.ticket.deadlinesHeading")}
        </h2>
        <TicketProgress ticket={ticket} t={t} locale={locale} by={{ callback: ticket.callbackBy, rectified: ticket.rectifiedBy }} />
      </section>
      {step ? (
        <section aria-labelledby="ticket-step" className="space-y-3">
          <h2 id="ticket-step" className="text-lg font-semibold">
            {t(step === "callback" ? "ratings.ticket.callbackHeading" : "ratings.ticket.rectifyHeading")}
          </h2>
          <p className="text-slate-700">{t(step === "callback" ? "ratings.ticket.callbackLead" : "ratings.ticket.rectifyLead")}</p>
          {late ? <p className="font-medium text-red-800">{t("ratings.ticket.lateNote")}</p> : null}
          <TicketStepForm key={`${step}-${ticket.version}`} ticketId={ticket.id} version={ticket.version} step={step} actions={actions} />
        </section>
      ) : (
        <p className="text-slate-700" data-testid="ticket-done">
          {t(ticket.status === "CLOSED" ? "ratings.ticket.closed" : "ratings.ticket.waitingRerate")}
        </p>
      )}
    </div>
  );
}
