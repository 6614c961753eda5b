import type { TrackingCorrection, TrackingDepartment } from "@/lib/approvals/get-application-tracking";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { dataName, dataNames } from "@/lib/i18n/data";
import { DateTimeText, formatDateTime } from "@/components/ui/date-time";
import { MaterialLink } from "@/components/ui/material-link";
import { MarkData } from "@/components/i18n/mark-data";
import { Announcement } from "./announcements";
import type { FormAction } from "@/lib/actions/types";
import { CorrectionForm } from "./correction-form";

/**
 * One department's part (并联审批): its unit, matters, status, time limits — or why its clock stands still —
 * its decision, and what it asks of the applicant (补正), each open request with its answer form.
 */
export function DepartmentCard({
  applicationId,
  dept,
  t,
  locale,
  answer,
}: {
  applicationId: string;
  dept: TrackingDepartment;
  t: TFunction;
  locale: Locale;
  /** The page's answerCorrectionAction, for the correction form. */
  answer: FormAction;
}) {
  const headingId = `dept-${dept.taskId}`;
  const scope = `task-${dept.taskId}`;
  // 0 working days is a 即办件: decided the same working day (task-clock.ts).
  const due = (days: number, at: Date | null) => {
    if (days === 0) return at ? t("track.departments.instantDue", { time: formatDateTime(at, locale) }) : t("track.departments.instant");
    return at ? t("track.departments.dueValue", { days, time: formatDateTime(at, locale) }) : t("track.departments.limitValue", { days });
  };
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      data-testid={`dept-${dept.code}`}
      data-task-id={dept.taskId}
    >
      <h3 id={headingId} className="text-lg font-semibold break-words">
        {dataName("department", dept.code, dept.name, locale)}
      </h3>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-700">{t("track.departments.mattersLabel")}</dt>
        <dd>
          <ul className="space-y-1">
            {dept.matters.map((m) => (
              <li key={m.code} className="break-words">
                {t("common.withNote", { text: dataName("matter", m.code, m.name, locale), note: t(`itemStatus.${m.status}`) })}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="text-slate-700">{t("track.departments.statusLabel")}</dt>
        <dd className="font-semibold" data-testid="dept-status" data-status={dept.dispatched ? dept.status : "AWAITING_DISPATCH"}>
          {dept.dispatched ? t(`taskStatus.${dept.status}`) : t("track.departments.awaitingDispatch")}
        </dd>
        {dept.dispatchedAt ? (
          <>
            <dt className="text-slate-700">{t("track.departments.dispatchedAtLabel")}</dt>
            <dd>
              <DateTimeText date={dept.dispatchedAt} locale={locale} />
            </dd>
            <dt className="text-slate-700">{t("track.departments.promisedLabel")}</dt>
            <dd data-testid="dept-promised">{due(dept.promisedDays, dept.promisedDueAt)}</dd>
            <dt className="text-slate-700">{t("track.departments.statutoryLabel")}</dt>
            <dd data-testid="dept-statutory">{due(dept.statutoryDays, dept.statutoryDueAt)}</dd>
          </>
        ) : null}
        {dept.paused ? (
          <>
            <dt className="text-slate-700">{t("track.departments.pausedLabel")}</dt>
            <dd data-testid="dept-paused">
              <p>{t("track.departments.pausedSince", { time: formatDateTime(dept.paused.since, locale) })}</p>
              {dept.paused.correction ? <p>{t("track.departments.pausedCorrection")}</p> : null}
              {dept.paused.materials.length ? (
                <p>{t("track.departments.pausedMaterials", { materials: dataNames("material", dept.paused.materials, locale, t("common.listSeparator")) })}</p>
              ) : null}
            </dd>
          </>
        ) : dept.pausedDays > 0 && !dept.decidedAt ? (
          <>
            <dt className="text-slate-700">{t("track.departments.pausedLabel")}</dt>
            <dd>{t("track.departments.pausedDays", { n: dept.pausedDays })}</dd>
          </>
        ) : null}
        {dept.onsiteNote ? (
          <>
            <dt className="text-slate-700">{t("track.departments.onsiteLabel")}</dt>
            <dd className="break-words whitespace-pre-line">
              <MarkData text={dept.onsiteNote} data={[dept.onsiteNote]} />
            </dd>
          </>
        ) : null}
        {dept.decidedAt ? (
          <>
            <dt className="text-slate-700">{t("track.departments.decidedAtLabel")}</dt>
            <dd>
              <DateTimeText date={dept.decidedAt} locale={locale} />
            </dd>
          </>
        ) : null}
        {dept.decidedAt && dept.decisionReason ? (
          <>
            <dt className="text-slate-700">{t("track.departments.reasonLabel")}</dt>
            <dd className="break-words whitespace-pre-line" data-testid="dept-reason">
              <MarkData text={dept.decisionReason} data={[dept.decisionReason]} />
            </dd>
          </>
        ) : null}
      </dl>

      {dept.openCorrections.length ? (
        <div className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3" data-testid="open-corrections">
          <h4 className="font-semibold">{t("track.correction.openHeading")}</h4>
          <ul className="space-y-4">
            {dept.openCorrections.map((c) => (
              <li key={c.id} data-testid="open-correction" data-correction-id={c.id}>
                <CorrectionRequest c={c} t={t} locale={locale} />
                <CorrectionForm
                  applicationId={applicationId}
                  correctionId={c.id}
                  department={dataName("department", dept.code, dept.name, locale)}
                  scope={scope}
                  answer={answer}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Announcement scope={scope} testId="dept-result" />
      {dept.answeredCorrections.length ? (
        <div className="space-y-2">
          <h4 className="font-semibold">{t("track.correction.answeredHeading")}</h4>
          <ul className="space-y-3" data-testid="answered-corrections">
            {dept.answeredCorrections.map((c) => (
              <li key={c.id} className="border-l-4 border-slate-300 pl-3" data-correction-id={c.id}>
                <CorrectionRequest c={c} t={t} locale={locale} />
                <p className="break-words whitespace-pre-line">
                  <MarkData
                    text={t("track.correction.answerValue", { time: formatDateTime(c.answeredAt!, locale), answer: c.answer ?? "" })}
                    data={[c.answer]}
                  />
                </p>
                {c.file ? (
                  <p>
                    <MaterialLink file={c.file} text={t("track.correction.attachment", { fileName: c.file.fileName })} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

function CorrectionRequest({ c, t, locale }: { c: TrackingCorrection; t: TFunction; locale: Locale }) {
  return (
    <>
      <p className="text-sm text-slate-700">{t("track.correction.requestedAt", { time: formatDateTime(c.requestedAt, locale) })}</p>
      <p className="break-words whitespace-pre-line" data-testid="correction-request">
        <MarkData text={t("common.labelValue", { label: t("track.correction.requestLabel"), value: c.request })} data={[c.request]} />
      </p>
    </>
  );
}
