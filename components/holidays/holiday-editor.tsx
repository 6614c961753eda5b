"use client";
// The administrator's editor of one year of the holiday calendar: the days entered (each with its effect
// on the working-day count, a link to change it and a delete that asks first) and the form that saves a
// day by its date. What each change did — including how many open tasks' due dates moved — is announced.
import { useActionState, useEffect, useState } from "react";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import type { TFunction } from "@/lib/i18n/core";
import type { HolidayRow } from "@/lib/calendar/list-holidays";
import { FIRST_YEAR, HOLIDAY_KINDS, LAST_YEAR } from "@/lib/calendar/schemas";
import { DataTable } from "@/components/ui/data-table";
import type { ActionResult, FormAction } from "@/lib/actions/types";
import type { SaveHolidayResult } from "@/lib/admin/save-holiday";

type HolidayField = "date" | "name" | "kind";
type Saved = { done: "saved" } & SaveHolidayResult;
type Deleted = { done: "deleted"; date: string; rescheduled: number };
export type SaveHolidayAction = FormAction<Saved>;
export type DeleteHolidayAction = FormAction<Deleted>;
type HolidayActionState = ActionResult<Saved> | ActionResult<Deleted> | null;

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const INPUT = "mt-1 block w-full max-w-md rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand-600";

const EFFECT = { HOLIDAY: { changes: "off", none: "noneHoliday" }, WORKDAY: { changes: "on", none: "noneWorkday" } } as const;
const EMPTY = { date: "", name: "", kind: "" };
const pagePath = (year: number) => `/admin/holidays?year=${year}`;

function dateText(t: TFunction, row: Pick<HolidayRow, "date" | "weekday">) {
  return t("holidays.dateWithWeekday", { date: row.date, weekday: t(`holidays.weekday.${WEEKDAYS[row.weekday]!}`) });
}

function resultText(t: TFunction, state: HolidayActionState): string {
  if (!state?.ok) return "";
  const moved = state.rescheduled > 0 ? t("holidays.rescheduled", { count: state.rescheduled }) : t("holidays.noneRescheduled");
  const done =
    state.done === "saved"
      ? t("holidays.saved", { date: state.date, name: state.name, kind: t(`holidays.kind.${state.kind}`) })
      : t("holidays.deleted", { date: state.date });
  return `${done}${moved}`;
}

function DeleteDay({ row, action, pending, onSubmit }: { row: HolidayRow; action: (formData: FormData) => void; pending: boolean; onSubmit: () => void }) {
  const { t } = useI18n();
  return (
    <details>
      <summary className="relative inline-flex min-h-10 cursor-pointer items-center rounded-md border border-red-700 px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50">
        {t("holidays.delete")}
        <span className="sr-only">{row.date}</span>
      </summary>
      <form action={action} onSubmit={onSubmit} className="mt-2 max-w-xs space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
        <input type="hidden" name="date" value={row.date} />
        <p className="text-sm text-red-950">{t("holidays.deleteConfirm", { date: row.date, name: row.name })}</p>
        <button
          type="submit"
          disabled={pending}
          aria-label={t("holidays.deleteSubmitLabel", { date: row.date })}
          className="min-h-10 rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? t("holidays.deleting") : t("holidays.deleteSubmit")}
        </button>
      </form>
    </details>
  );
}

function DayForm({
  year,
  editing,
  action,
  pending,
  state,
  onSubmit,
}: {
  year: number;
  editing: HolidayRow | null;
  action: (formData: FormData) => void;
  pending: boolean;
  state: HolidayActionState;
  onSubmit: () => void;
}) {
  const { t } = useI18n();
  // Controlled, so what was typed survives the form reset React does after each action.
  const [fields, setFields] = useState(editing ? { date: editing.date, name: editing.name, kind: editing.kind as string } : EMPTY);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formError = state && !state.ok && !state.fieldErrors ? state.error : null;
  const isEditing = editing !== null;
  // A new day saved: the form starts empty for the next one (a changed day stays as saved).
  useEffect(() => {
    if (state?.ok && !isEditing) setFields(EMPTY);
  }, [state, isEditing]);

  const set = (name: HolidayField) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const described = (name: HolidayField, hint?: string) => [hint, fieldErrors[name] ? `holiday-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const errorOf = (name: HolidayField) =>
    fieldErrors[name] ? (
      <p id={`holiday-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
        {fieldErrors[name]}
      </p>
    ) : null;

  return (
    <section aria-labelledby="holiday-form-heading" id="holiday-form" className="scroll-mt-4">
      <h2 id="holiday-form-heading" className="mb-1 text-xl font-bold">
        {editing ? t("holidays.formEdit", { date: editing.date }) : t("holidays.formAdd")}
      </h2>
      <p className="mb-3 text-slate-700">{t("holidays.formLead")}</p>
      <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        {Object.keys(fieldErrors).length || formError ? (
          <div role="alert" data-testid="holiday-form-error" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {formError ? (
              <p>{formError}</p>
            ) : (
              <>
                <p>{t("holidays.errorSummary")}</p>
                <ul className="list-disc pl-5">
                  {(Object.entries(fieldErrors) as [HolidayField, string][]).map(([name, message]) => (
                    <li key={name}>
                      <a href={`#holiday-${name}`} className="underline">
                        {message}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
        <div>
          <label htmlFor="holiday-date" className="block font-medium">
            {t("holidays.date")}
          </label>
          <p id="holiday-date-hint" className="text-sm text-slate-700">
            {t("holidays.dateHint")}
          </p>
          <input
            id="holiday-date"
            name="date"
            type="date"
            min={`${FIRST_YEAR}-01-01`}
            max={`${LAST_YEAR}-12-31`}
            value={fields.date}
            onChange={set("date")}
            className={INPUT}
            aria-invalid={fieldErrors.date ? true : undefined}
            aria-describedby={described("date", "holiday-date-hint")}
          />
          {errorOf("date")}
        </div>
        <div>
          <label htmlFor="holiday-name" className="block font-medium">
            {t("holidays.name")}
          </label>
          <p id="holiday-name-hint" className="text-sm text-slate-700">
            {t("holidays.nameHint")}
          </p>
          <input
            id="holiday-name"
            name="name"
            maxLength={40}
            value={fields.name}
            onChange={set("name")}
            className={INPUT}
            aria-invalid={fieldErrors.name ? true : undefined}
            aria-describedby={described("name", "holiday-name-hint")}
          />
          {errorOf("name")}
        </div>
        <fieldset id="holiday-kind" aria-describedby={described("kind")}>
          <legend className="font-medium">{t("holidays.kindLegend")}</legend>
          <div className="mt-1 space-y-2">
            {HOLIDAY_KINDS.map((k) => (
              <div key={k} className="flex items-start gap-2">
                <input
                  id={`holiday-kind-${k}`}
                  type="radio"
                  name="kind"
                  value={k}
                  checked={fields.kind === k}
                  onChange={set("kind")}
                  className="mt-1 h-5 w-5"
                  aria-describedby={`holiday-kind-${k}-help`}
                  aria-invalid={fieldErrors.kind ? true : undefined}
                />
                <div>
                  <label htmlFor={`holiday-kind-${k}`} className="font-medium">
                    {t(`holidays.kind.${k}`)}
                  </label>
                  <p id={`holiday-kind-${k}-help`} className="text-sm text-slate-700">
                    {t(`holidays.kindHelp.${k}`)}
                  </p>
                </div>
              </div>
            ))}
          </div>
          {errorOf("kind")}
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="min-h-10 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {pending ? t("holidays.saving") : t("holidays.save")}
          </button>
          {editing ? (
            <Link href={pagePath(year)} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 py-2">
              {t("holidays.cancelEdit")}
            </Link>
          ) : null}
        </div>
      </form>
    </section>
  );
}

export function HolidayEditor({
  year,
  rows,
  editing,
  saveAction,
  deleteAction,
}: {
  year: number;
  rows: HolidayRow[];
  editing: HolidayRow | null;
  saveAction: SaveHolidayAction;
  deleteAction: DeleteHolidayAction;
}) {
  const { t } = useI18n();
  const [saveState, save, saving] = useActionState(saveAction, null);
  const [deleteState, remove, deleting] = useActionState(deleteAction, null);
  const [last, setLast] = useState<"save" | "delete" | null>(null);
  const state = last === "delete" ? deleteState : last === "save" ? saveState : (saveState ?? deleteState);
  const deleteError = last === "delete" && deleteState && !deleteState.ok ? deleteState.error : null;

  const savedElsewhere = saveState?.ok && saveState.done === "saved" && !saveState.date.startsWith(`${year}-`) ? Number(saveState.date.slice(0, 4)) : null;

  return (
    <div className="space-y-8">
      <div role="status" data-testid="holiday-result" className={state?.ok ? "rounded border border-green-300 bg-green-50 p-3 text-green-900" : undefined}>
        {state?.ok ? (
          <>
            {resultText(t, state)}
            {last !== "delete" && savedElsewhere ? (
              <>
                {" "}
                <Link href={pagePath(savedElsewhere)} className="underline">
                  {t("holidays.otherYearSaved", { year: savedElsewhere })}
                </Link>
              </>
            ) : null}
          </>
        ) : null}
      </div>
      {deleteError ? (
        <p role="alert" data-testid="holiday-delete-error" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {deleteError}
        </p>
      ) : null}

      <section aria-labelledby="holiday-days">
        <h2 id="holiday-days" className="mb-3 text-xl font-bold">
          {t("holidays.daysHeading", { year, count: rows.length })}
        </h2>
        {rows.length === 0 ? (
          <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="holiday-empty">
            <p className="font-semibold">{t("holidays.empty")}</p>
            <p className="mt-1">{t("holidays.emptyHint")}</p>
          </div>
        ) : (
          <DataTable
            caption={t("holidays.caption", { year })}
            testId="holiday-table"
            headers={(["colDate", "colName", "colKind", "colEffect", "colActions"] as const).map((k) => (
              <span key={k} className="whitespace-nowrap">
                {t(`holidays.${k}`)}
              </span>
            ))}
          >
            {rows.map((r) => (
              <tr key={r.date} className="border-t border-slate-200 align-top" data-testid="holiday-row" data-date={r.date}>
                <td className="whitespace-nowrap p-2">
                  <time dateTime={r.date}>{dateText(t, r)}</time>
                </td>
                <td className="min-w-32 p-2">{r.name}</td>
                <td className="whitespace-nowrap p-2">{t(`holidays.kind.${r.kind}`)}</td>
                <td className={`min-w-36 p-2 ${r.changesDay ? "" : "text-slate-600"}`}>
                  {t(`holidays.effect.${EFFECT[r.kind][r.changesDay ? "changes" : "none"]}`)}
                </td>
                <td className="p-2">
                  <div className="flex flex-wrap items-start gap-2">
                    <Link
                      href={`${pagePath(year)}&edit=${r.date}#holiday-form`}
                      aria-label={t("holidays.editLabel", { date: r.date })}
                      className="inline-flex min-h-10 items-center rounded-md border border-brand-600 px-3 py-2 text-sm text-brand-800 hover:bg-brand-50"
                    >
                      {t("holidays.edit")}
                    </Link>
                    <DeleteDay row={r} action={remove} pending={deleting} onSubmit={() => setLast("delete")} />
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {/* Keyed by the day being changed, so choosing another day fills the form afresh (the results above stay). */}
      <DayForm
        key={editing?.date ?? "new"}
        year={year}
        editing={editing}
        action={save}
        pending={saving}
        state={last === "save" ? saveState : null}
        onSubmit={() => setLast("save")}
      />
    </div>
  );
}
