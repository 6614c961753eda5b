import type { TrackingEvent, TrackingEventKind } from "@/lib/approvals/get-application-tracking";
import type { Locale, MessageKey, TFunction } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";
import { DateTimeText } from "@/components/ui/date-time";

/** The words of each step: the application's history rows and the departments' steps. */
const LABEL: Record<TrackingEventKind, MessageKey> = {
  submitted: "track.timeline.submitted",
  resubmitted: "track.timeline.resubmitted",
  returned: "track.timeline.returned",
  accepted: "track.timeline.accepted",
  correctionRequested: "track.timeline.correctionRequested",
  correctionAnswered: "track.timeline.correctionAnswered",
  supplemented: "track.timeline.supplemented",
  approved: "track.timeline.approved",
  rejected: "track.timeline.rejected",
  issued: "track.timeline.issued",
  withdrawn: "track.timeline.withdrawn",
  revised: "history.revised",
  settled: "history.settled",
  cancelled: "history.cancelled",
};

/**
 * Every step so far, oldest first, as an ordered list (screen readers hear "1 of n"): each return with the
 * number of problems its notice listed (`returnProblems`, the current notice's, when a return did not record it).
 */
export function TrackingTimeline({ events, returnProblems, t, locale }: { events: TrackingEvent[]; returnProblems: number; t: TFunction; locale: Locale }) {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {t("track.timeline.heading")}
      </h2>
      {events.length === 0 ? (
        <p className="text-slate-700">{t("track.timeline.empty")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-300 pl-4" data-testid="timeline">
          {events.map((e, i) => (
            <li key={i} className="relative" data-kind={e.kind}>
              <span aria-hidden="true" className="absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-700" />
              <p className="text-sm text-slate-700">
                <DateTimeText date={e.at} locale={locale} />
              </p>
              <p className="font-medium break-words">
                {t(LABEL[e.kind], {
                  department: e.department ? dataName("department", null, e.department, locale) : "",
                  material: e.material ? dataName("material", null, e.material, locale) : "",
                  count: e.problems ?? returnProblems,
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
