"use client";
// The applicant's rating of one unit, or the one re-rating after its fix: five 1–5 scores as radio groups
// (fieldset + legend, big touch targets, arrow keys within a group) and an optional comment. The domain's
// schema checks it in the browser first; the server's Chinese answer comes back as a focused alert.
import { useI18n } from "@/lib/i18n/client";
import { DIMENSIONS, SCORE_MAX, SCORE_MIN } from "@/lib/ratings/rules";
import { COMMENT_MAX, ZRateService } from "@/lib/ratings/schemas";
import { ActionResult } from "@/components/ui/action-result";
import { describedBy, fieldErrors, useCheckedForm, type RatingFormAction } from "./use-checked-form";

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

export function RatingForm({
  applicationId,
  unit,
  legend,
  mode,
  action,
}: {
  applicationId: string;
  unit: string;
  legend: string;
  mode: "rate" | "rerate";
  /** The rating or the re-rating action (per mode), passed in by the page. */
  action: RatingFormAction;
}) {
  const { t } = useI18n();
  const { state, pending, errors, onSubmit } = useCheckedForm(action, (data) => {
    const parsed = ZRateService.safeParse({
      ...Object.fromEntries(DIMENSIONS.map((d) => [d, data.get(d) ?? undefined])),
      applicationId,
      unit,
      comment: data.get("comment") ?? "",
    });
    return parsed.success ? {} : fieldErrors(parsed.error.issues, t);
  });
  const id = (part: string) => `${mode}-${unit}-${part}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={legend} className="space-y-4" data-testid={`${mode}-form`}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="unit" value={unit} />
      {DIMENSIONS.map((d) => (
        <fieldset key={d} aria-describedby={errors[d] ? id(`${d}-error`) : undefined}>
          <legend className="font-medium">
            {t(`ratings.dimensions.${d}`)}
            <span className="text-sm font-normal text-slate-700">{t("ratings.form.required")}</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {SCORES.map((n) => (
              <label
                key={n}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name={d} value={n} className="h-5 w-5" aria-invalid={errors[d] ? true : undefined} />
                <span>{t(`ratings.score.s${n}` as `ratings.score.s1`)}</span>
              </label>
            ))}
          </div>
          {errors[d] ? (
            <p id={id(`${d}-error`)} className="mt-1 text-sm font-medium text-red-800">
              {errors[d]}
            </p>
          ) : null}
        </fieldset>
      ))}
      <div>
        <label htmlFor={id("comment")} className="block font-medium">
          {t("ratings.form.commentLabel")}
        </label>
        <p id={`${id("comment")}-hint`} className="text-sm text-slate-700">
          {t("ratings.form.commentHint")}
        </p>
        <textarea
          id={id("comment")}
          name="comment"
          rows={3}
          maxLength={COMMENT_MAX}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          {...describedBy(id("comment"), errors.comment)}
        />
        {errors.comment ? (
          <p id={`${id("comment")}-error`} className="mt-1 text-sm font-medium text-red-800">
            {errors.comment}
          </p>
        ) : null}
      </div>
      <ActionResult state={state} failed={t("ratings.form.failed")} done={t("ratings.form.done")} testId={`${mode}-result`} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("ratings.form.submitting") : mode === "rate" ? t("ratings.form.submit") : t("ratings.form.rerateSubmit")}
      </button>
    </form>
  );
}
