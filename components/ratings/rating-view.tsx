// What a rating and its rectification ticket say, shown the same way to the applicant and to the unit's
// officers: the five scores and the comment; the deadlines with what was recorded and when; and the overdue
// and late flags, in red and in words (never by colour alone).
import type { ReactNode } from "react";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DIMENSIONS, type RatingScores, type TicketFlags } from "@/lib/ratings/rules";
import type { UnitTicket } from "@/lib/ratings/get-application-ratings";
import { DateTimeText } from "@/components/ui/date-time";

const ROW = "grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[12rem_1fr]";

export function InfoRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className={ROW}>
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd data-testid={testId} className="break-words">
        {children}
      </dd>
    </div>
  );
}

export function RatingScoresList({ rating, t, emptyComment }: { rating: RatingScores & { comment: string }; t: TFunction; emptyComment?: string }) {
  return (
    <dl className="rounded-lg border border-slate-200 bg-white px-4" data-testid="rating-scores">
      {DIMENSIONS.map((d) => (
        <InfoRow key={d} label={t(`ratings.dimensions.${d}`)} testId={`score-${d}`}>
          <span className={d === "overall" && rating.overall <= 2 ? "font-semibold text-red-800" : undefined}>
            {t("ratings.scoreValue", { score: rating[d] })}
          </span>
        </InfoRow>
      ))}
      {rating.comment || emptyComment ? (
        <InfoRow label={t("ratings.applicant.comment")} testId="rating-comment">
          <span className="whitespace-pre-wrap">{rating.comment || emptyComment}</span>
        </InfoRow>
      ) : null}
    </dl>
  );
}

const FLAG_KEYS = ["callbackOverdue", "fixOverdue", "callbackLate", "fixLate"] as const;

/** The flags that are set, as red badges with words; "on time" when none is. */
export function TicketFlagBadges({ flags, t }: { flags: TicketFlags; t: TFunction }) {
  const set = FLAG_KEYS.filter((k) => flags[k]);
  if (!set.length)
    return (
      <span className="text-slate-700" data-testid="ticket-flags" data-flags="">
        {t("ratings.flags.none")}
      </span>
    );
  return (
    <span className="flex flex-wrap gap-1" data-testid="ticket-flags" data-flags={set.join(" ")}>
      {set.map((k) => (
        <span key={k} className="rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-sm font-semibold text-red-900">
          {t(`ratings.flags.${k}`)}
        </span>
      ))}
    </span>
  );
}

/** The ticket's status, its two deadlines and what was recorded against each, with who recorded it when known. */
export function TicketProgress({
  ticket,
  t,
  locale,
  by,
}: {
  ticket: UnitTicket;
  t: TFunction;
  locale: Locale;
  by?: { callback: string | null; rectified: string | null };
}) {
  const when = (date: Date, name: string | null | undefined) => (
    <>
      <DateTimeText date={date} locale={locale} />
      {name ? t("common.paren", { note: name }) : null}
    </>
  );
  const note = (label: string, text: string | null, testId: string) =>
    text ? (
      <InfoRow label={label} testId={testId}>
        <span className="whitespace-pre-wrap">{text}</span>
      </InfoRow>
    ) : null;
  return (
    <dl className="rounded-lg border border-slate-200 bg-white px-4" data-testid="ticket-progress">
      <InfoRow label={t("ratings.applicant.ticketStatus")} testId="ticket-status">
        <span data-status={ticket.status}>{t(`ratings.status.${ticket.status}`)}</span>
      </InfoRow>
      <InfoRow label={t("ratings.tickets.colFlags")}>
        <TicketFlagBadges flags={ticket} t={t} />
      </InfoRow>
      <InfoRow label={t("ratings.deadline.callbackDue")} testId="callback-due">
        <DateTimeText date={ticket.callbackDueAt} locale={locale} />
      </InfoRow>
      {ticket.calledBackAt ? <InfoRow label={t("ratings.deadline.calledBack")}>{when(ticket.calledBackAt, by?.callback)}</InfoRow> : null}
      {note(t("ratings.deadline.callbackNote"), ticket.callbackNote, "callback-note")}
      <InfoRow label={t("ratings.deadline.fixDue")} testId="fix-due">
        <DateTimeText date={ticket.fixDueAt} locale={locale} />
      </InfoRow>
      {ticket.rectifiedAt ? <InfoRow label={t("ratings.deadline.rectified")}>{when(ticket.rectifiedAt, by?.rectified)}</InfoRow> : null}
      {note(t("ratings.deadline.rectificationNote"), ticket.rectificationNote, "rectification-note")}
      {ticket.closedAt ? (
        <InfoRow label={t("ratings.deadline.closed")}>
          <DateTimeText date={ticket.closedAt} locale={locale} />
        </InfoRow>
      ) : null}
    </dl>
  );
}
