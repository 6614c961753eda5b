"use client";
import { type ReactNode, useEffect, useRef } from "react";
import type { MergedField } from "@/lib/forms/merge-form";
import type { FieldValue } from "@/lib/forms/field-values";
import { useI18n } from "@/lib/i18n/client";
import { SHAREHOLDER_LINE_EXAMPLE } from "@/lib/forms/shareholders";
import { sourceText } from "@/lib/forms/sources";

/** The same line as SHAREHOLDER_LINE_EXAMPLE with the name in pinyin, for the English hint. */
const SHAREHOLDER_LINE_EXAMPLE_EN = `Zhang San ${SHAREHOLDER_LINE_EXAMPLE.split(" ").slice(1).join(" ")}`;
import { COMPUTED_KEYS } from "@/lib/forms/derive";

/** The element id of a field's (first) input: the error summary links here. */
export const fieldId = (key: string) => `field-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export interface FormFieldProps {
  field: MergedField;
  /** What the applicant typed (undefined = nothing). */
  value: FieldValue | undefined;
  problem: string | undefined;
  /** The (refused) value shown is kept only in this browser, not on the server yet. */
  keptLocally?: boolean;
  /** Names of the matters using the field, shown for shared fields. */
  usedBy?: string;
  /** A known field being corrected: shown as an input pre-filled with the known value. */
  correcting: boolean;
  onCorrect: (key: string) => void;
  onChange: (key: string, value: FieldValue) => void;
  onBlur: (key: string) => void;
}

function displayValue(field: MergedField, value: string): string {
  return field.options?.find((o) => o.value === value)?.label ?? value;
}

/** One labelled input of the merged form, by field type; a known value is shown with its source until corrected. */
export function FormField({ field, value, problem, keptLocally, usedBy, correcting, onCorrect, onChange, onBlur }: FormFieldProps) {
  const { t, locale } = useI18n();
  // Registry data and typed values stay in the language they were written in; marked for screen readers.
  const zhData = (text: string) => (locale !== "zh-CN" && /[\u3400-\u9fff]/.test(sourceText(t, text)) ? "zh-CN" : undefined);
  const id = fieldId(field.key);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const inputRef = useRef<HTMLElement | null>(null);
  const wasCorrecting = useRef(correcting);
  useEffect(() => {
    // Focus moves into the input the 更正 button just revealed.
    if (correcting && !wasCorrecting.current) inputRef.current?.focus();
    wasCorrecting.current = correcting;
  }, [correcting]);

  const labelText = (
    <>
      {field.label}
      {field.required ? <span className="ml-1 text-sm font-normal text-red-800">{t("apply.form.required")}</span> : null}
    </>
  );
  const formatId = `${id}-format`;
  const hints = (
    <>
      {field.type === "SHAREHOLDERS" ? (
        <p id={formatId} className="mt-1 text-sm text-slate-700">
          {t("apply.form.shareholdersHint", { example: locale === "zh-CN" ? SHAREHOLDER_LINE_EXAMPLE : SHAREHOLDER_LINE_EXAMPLE_EN })}
        </p>
      ) : null}
      {usedBy ? (
        <p id={hintId} className="mt-1 text-sm text-slate-700">
          {t("apply.form.usedBy", { matters: usedBy })}
        </p>
      ) : null}
      {problem ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {problem}
          {keptLocally ? (
            <span className="block font-normal" data-testid="kept-locally">
              {t("apply.form.keptLocally")}
            </span>
          ) : null}
        </p>
      ) : null}
    </>
  );
  const describedBy = [field.type === "SHAREHOLDERS" ? formatId : "", usedBy ? hintId : "", problem ? errorId : ""].filter(Boolean).join(" ") || undefined;

  // Computed from the shareholder list (lib/forms/derive.ts COMPUTED_KEYS: 股东人数, 注册资本): shown, never
  // typed or corrected here — the list is what is corrected (issue 15 §4: no field asked twice).
  if (COMPUTED_KEYS.has(field.key)) {
    return (
      <div id={id} tabIndex={-1} className="rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={`known-${field.key}`} data-computed="true">
        <p className="font-medium">{field.label}</p>
        <p className="mt-1 break-words text-slate-900" data-testid="known-value">
          {field.known ? sourceText(t, field.known.value) : t("apply.form.computedPending")}
        </p>
        {field.known ? (
          <div className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
            <span>{t("apply.form.source", { source: sourceText(t, field.known.source) })}</span>
            <span>{t("apply.form.computed")}</span>
          </div>
        ) : null}
        {hints}
      </div>
    );
  }

  if (field.known && (!correcting || field.known.registry)) {
    return (
      <div className="rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={`known-${field.key}`}>
        <p className="font-medium" id={`${id}-label`}>
          {field.label}
        </p>
        <p className="mt-1 break-words text-slate-900" data-testid="known-value" lang={zhData(field.known.value)}>
          {sourceText(t, displayValue(field, field.known.value))}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <span className="text-sm text-slate-700">{t("apply.form.source", { source: sourceText(t, field.known.source) })}</span>
          {field.known.registry ? (
            // A registry fact is corrected by 变更登记, never here (issue 15 §2): the link says where.
            <a
              id={id}
              href="/my/enterprise"
              data-testid="registry-change-link"
              aria-label={t("apply.form.registryChangeLabel", { label: field.label })}
              className="text-sm text-brand-700 underline"
            >
              {t("apply.form.registryChange")}
            </a>
          ) : (
            <button
              type="button"
              id={id}
              onClick={() => onCorrect(field.key)}
              aria-label={t("apply.form.correctLabel", { label: field.label })}
              className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100"
            >
              {t("apply.form.correct")}
            </button>
          )}
        </div>
        {hints}
      </div>
    );
  }

  const current = value ?? (field.known ? field.known.value : field.type === "MULTISELECT" ? [] : "");
  const str = Array.isArray(current) ? "" : current;
  const common = {
    id,
    name: field.key,
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": field.required || undefined,
    onBlur: () => onBlur(field.key),
  } as const;
  const correctingNote = field.known ? <p className="mt-1 text-sm text-slate-700">{t("apply.form.corrected")}</p> : null;

  if (field.type === "MULTISELECT" || field.type === "BOOLEAN") {
    const options =
      field.type === "BOOLEAN"
        ? [
            { value: "yes", label: t("apply.form.yes") },
            { value: "no", label: t("apply.form.no") },
          ]
        : (field.options ?? []);
    const chosen = Array.isArray(current) ? current : [current];
    return (
      <fieldset aria-describedby={describedBy} data-field={field.key} data-type={field.type} data-required={field.required}>
        <legend className="font-medium">
          {labelText}
          {field.type === "MULTISELECT" ? (
            <span className="ml-1 text-sm font-normal text-slate-700">{t("common.paren", { note: t("apply.form.multiHint") })}</span>
          ) : null}
        </legend>
        <div className={`mt-1 flex flex-wrap gap-x-6 gap-y-2 ${field.type === "MULTISELECT" ? "flex-col sm:flex-row" : ""}`}>
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            const checked = chosen.includes(o.value);
            return (
              <label key={o.value} htmlFor={optionId} className="inline-flex min-h-6 items-center gap-2">
                <input
                  ref={
                    i === 0
                      ? (el) => {
                          inputRef.current = el;
                        }
                      : undefined
                  }
                  id={optionId}
                  type={field.type === "BOOLEAN" ? "radio" : "checkbox"}
                  name={field.key}
                  value={o.value}
                  checked={checked}
                  className="h-5 w-5"
                  onChange={(e) => {
                    if (field.type === "BOOLEAN") onChange(field.key, o.value);
                    else onChange(field.key, e.target.checked ? [...chosen.filter(Boolean), o.value] : chosen.filter((v) => v && v !== o.value));
                  }}
                />
                <span>{o.label}</span>
              </label>
            );
          })}
        </div>
        {correctingNote}
        {hints}
      </fieldset>
    );
  }

  let control: ReactNode;
  if (field.type === "TEXTAREA" || field.type === "SHAREHOLDERS") {
    control = (
      <textarea
        {...common}
        ref={(el) => {
          inputRef.current = el;
        }}
        rows={3}
        value={str}
        onChange={(e) => onChange(field.key, e.target.value)}
        className={INPUT}
      />
    );
  } else if (field.type === "SELECT") {
    control = (
      <select
        {...common}
        ref={(el) => {
          inputRef.current = el;
        }}
        value={str}
        onChange={(e) => onChange(field.key, e.target.value)}
        className={INPUT}
      >
        <option value="">{t("apply.form.choose")}</option>
        {(field.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const byType: Record<string, { type: string; inputMode?: "decimal" | "tel" | "text"; autoComplete?: string }> = {
      NUMBER: { type: "text", inputMode: "decimal", autoComplete: "off" },
      DATE: { type: "date" },
      PHONE: { type: "tel", inputMode: "tel", autoComplete: "tel" },
      ID_NUMBER: { type: "text", autoComplete: "off" },
      USCC: { type: "text", autoComplete: "off" },
    };
    const kind = byType[field.type] ?? { type: "text" };
    control = (
      <input
        {...common}
        ref={(el) => {
          inputRef.current = el;
        }}
        type={kind.type}
        inputMode={kind.inputMode}
        autoComplete={kind.autoComplete}
        value={str}
        onChange={(e) => onChange(field.key, e.target.value)}
        className={INPUT}
      />
    );
  }
  return (
    <div data-field={field.key} data-type={field.type} data-required={field.required}>
      <label htmlFor={id} className="block font-medium">
        {labelText}
      </label>
      {control}
      {correctingNote}
      {hints}
    </div>
  );
}
