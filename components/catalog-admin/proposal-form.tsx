"use client";
// The department's proposal form: every field of the catalog entry, prefilled from the current version,
// checked in the browser with the same schema (and the same FormData mapping) the server action uses.
import Link from "next/link";
import { startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { translate, type TFunction } from "@/lib/i18n/core";
import type { ActionResult, FormAction } from "@/lib/actions/types";
import { PROCESSING_TYPES, REFORM_MODES, type TMaterialEntry, type TMatterEntry } from "@/lib/catalog/schemas";
import { MATERIAL_FLAGS, fieldIdOf, parseProposalForm } from "@/lib/catalog/proposal-schemas";

/** A field's problem, in the visitor's words (from the browser's check or the action's fieldErrors). */
type FieldIssue = { path: string; message: string };

type Flag = (typeof MATERIAL_FLAGS)[number];

/** A material being edited, with a stable React key for add/remove. */
type MaterialRow = TMaterialEntry & { key: string };

type TextField = Exclude<keyof TMatterEntry, "materials" | "statutoryDays" | "promisedDays">;

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:border-brand-600";
const INVALID = "border-red-700";

function labelOf(t: TFunction, path: string): string {
  const parts = path.split(".");
  if (parts[0] === "entry" && parts[1] === "materials" && parts.length >= 4) {
    const n = Number(parts[2]) + 1;
    const field = parts[3] as keyof TMatterEntry["materials"][number];
    return t("catalogAdmin.propose.materialLabel", { n, field: t(`catalogAdmin.materialFields.${field}`) });
  }
  if (parts[0] === "entry" && parts[1]) return t(`catalogAdmin.fields.${parts[1] as TextField | "materials" | "statutoryDays" | "promisedDays"}`);
  if (parts[0] === "reason" || parts[0] === "matterCode" || parts[0] === "baseVersion") return t(`catalogAdmin.fields.${parts[0]}`);
  return path;
}

/** "Field: message", unless the message already names the field (e.g. "承诺时限不能超过法定时限"). */
function summaryLine(t: TFunction, label: string, message: string): string {
  const bare = label.replace(/\s*[（(].*[）)]$/, "").toLowerCase();
  return message.toLowerCase().includes(bare) ? message : t("common.labelValue", { label, value: message });
}

/** A labelled control with its hint and error, tied together with aria-describedby. */
function Field({
  id,
  label,
  hint,
  error,
  required,
  requiredMark,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredMark: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true; className: string }) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? <span className="ml-1 text-sm font-normal text-slate-700">{requiredMark}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": described, "aria-invalid": error ? true : undefined, className: `${INPUT} ${error ? INVALID : ""}` })}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** `action`: the page's proposeChangeAction (app/(officer)/dept/catalog/actions.ts); on success it leaves the page. */
export function ProposalForm({ matterCode, baseVersion, entry, action }: { matterCode: string; baseVersion: number; entry: TMatterEntry; action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const nextKey = useRef(entry.materials.length);
  const [fields, setFields] = useState({
    name: entry.name,
    legalBasis: entry.legalBasis,
    reformMode: entry.reformMode as string,
    reformMeasures: entry.reformMeasures,
    supervisionMeasures: entry.supervisionMeasures,
    conditions: entry.conditions,
    fees: entry.fees,
    statutoryDays: String(entry.statutoryDays),
    promisedDays: String(entry.promisedDays),
    processingType: entry.processingType as string,
  });
  const [reason, setReason] = useState("");
  const [materials, setMaterials] = useState<MaterialRow[]>(() => entry.materials.map((m, i) => ({ key: `m${i}`, ...m })));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const summaryId = useId();

  // Server answers (validation issues or a refused proposal) replace what the browser found.
  useEffect(() => {
    if (!state || state.ok) return;
    const fieldIssues = Object.entries(state.fieldErrors ?? {}).map(([path, message]) => ({ path, message }));
    setIssues(fieldIssues);
    setFormError(fieldIssues.length ? null : state.error);
  }, [state]);

  useEffect(() => {
    if (issues.length > 0 || formError) summaryRef.current?.focus();
  }, [issues, formError]);

  useEffect(() => {
    if (focusAfterRender.current) {
      document.getElementById(focusAfterRender.current)?.focus();
      focusAfterRender.current = null;
    }
  });

  const errorOf = (path: string) => issues.find((i) => i.path === path)?.message;
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  const setMaterial = (index: number, patch: Partial<MaterialRow>) => setMaterials((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  function addMaterial() {
    const index = materials.length;
    setMaterials((rows) => [
      ...rows,
      {
        key: `m${nextKey.current++}`,
        documentKey: "",
        name: "",
        description: "",
        isKey: false,
        waivableByCommitment: false,
        mayBePending: false,
        heldByGovernment: false,
      },
    ]);
    focusAfterRender.current = fieldIdOf(`entry.materials.${index}.documentKey`);
    setAnnouncement(t("catalogAdmin.propose.materialAddedNotice", { n: index + 1 }));
  }

  function removeMaterial(index: number) {
    setMaterials((rows) => rows.filter((_, i) => i !== index));
    setIssues([]);
    addButtonRef.current?.focus();
    setAnnouncement(t("catalogAdmin.propose.materialRemovedNotice", { n: index + 1 }));
  }

  function moveMaterial(index: number, by: -1 | 1) {
    const to = index + by;
    if (to < 0 || to >= materials.length) return;
    setMaterials((rows) => {
      const copy = [...rows];
      [copy[index], copy[to]] = [copy[to]!, copy[index]!];
      return copy;
    });
    setIssues([]);
    // Follow the moved row; at the first or last place that button is disabled, so take its twin.
    const atEdge = to === 0 || to === materials.length - 1;
    const direction = atEdge ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down";
    focusAfterRender.current = `move-${direction}-${to}`;
    setAnnouncement(t("catalogAdmin.propose.materialMovedNotice", { n: index + 1, to: to + 1 }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const parsed = parseProposalForm(formData);
    setFormError(null);
    if (!parsed.ok) {
      setIssues(parsed.issues.map((i) => ({ path: i.path, message: translate(t, i.key, i.params) })));
      return;
    }
    setIssues([]);
    startTransition(() => formAction(formData));
  }

  const req = t("catalogAdmin.propose.required");
  const textarea = (key: TextField, rows: number, hint?: string, required = false) => (
    <Field
      id={fieldIdOf(`entry.${key}`)}
      label={t(`catalogAdmin.fields.${key}`)}
      hint={hint}
      error={errorOf(`entry.${key}`)}
      required={required}
      requiredMark={req}
    >
      {(p) => <textarea {...p} name={key} rows={rows} value={fields[key]} onChange={set(key)} />}
    </Field>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8" data-testid="proposal-form">
      <input type="hidden" name="matterCode" value={matterCode} />
      <input type="hidden" name="baseVersion" value={baseVersion} />

      {issues.length > 0 || formError ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={summaryId}
          className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900"
          data-testid="error-summary"
        >
          <h2 id={summaryId} className="font-bold">
            {issues.length > 0 ? t("catalogAdmin.propose.errorSummary", { count: issues.length }) : t("catalogAdmin.propose.failed")}
          </h2>
          {formError ? (
            <p className="mt-2" data-testid="form-error">
              {formError}
            </p>
          ) : null}
          {issues.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {issues.map((i) => (
                <li key={i.path}>
                  <a href={`#${fieldIdOf(i.path)}`} className="text-red-900 underline">
                    {summaryLine(t, labelOf(t, i.path), i.message)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("catalogAdmin.propose.basicHeading")}</legend>
        <Field
          id={fieldIdOf("entry.name")}
          label={t("catalogAdmin.fields.name")}
          hint={t("catalogAdmin.propose.hintName")}
          error={errorOf("entry.name")}
          required
          requiredMark={req}
        >
          {(p) => <input {...p} name="name" type="text" value={fields.name} onChange={set("name")} autoComplete="off" />}
        </Field>
        {textarea("legalBasis", 3, t("catalogAdmin.propose.hintLegalBasis"), true)}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("catalogAdmin.propose.reformHeading")}</legend>
        <Field id={fieldIdOf("entry.reformMode")} label={t("catalogAdmin.fields.reformMode")} error={errorOf("entry.reformMode")} required requiredMark={req}>
          {(p) => (
            <select {...p} name="reformMode" value={fields.reformMode} onChange={set("reformMode")}>
              <option value="">{t("catalogAdmin.propose.modePlaceholder")}</option>
              {REFORM_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`modes.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {textarea("reformMeasures", 5, t("catalogAdmin.propose.hintMeasures"))}
        {textarea("supervisionMeasures", 5, t("catalogAdmin.propose.hintMeasures"))}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("catalogAdmin.propose.handlingHeading")}</legend>
        <Field
          id={fieldIdOf("entry.processingType")}
          label={t("catalogAdmin.fields.processingType")}
          error={errorOf("entry.processingType")}
          required
          requiredMark={req}
        >
          {(p) => (
            <select {...p} name="processingType" value={fields.processingType} onChange={set("processingType")}>
              <option value="">{t("catalogAdmin.propose.typePlaceholder")}</option>
              {PROCESSING_TYPES.map((m) => (
                <option key={m} value={m}>
                  {t(`catalogAdmin.processing.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["statutoryDays", "promisedDays"] as const).map((key) => (
            <Field
              key={key}
              id={fieldIdOf(`entry.${key}`)}
              label={t(`catalogAdmin.fields.${key}`)}
              hint={t("catalogAdmin.propose.hintDays")}
              error={errorOf(`entry.${key}`)}
              required
              requiredMark={req}
            >
              {(p) => <input {...p} name={key} type="number" inputMode="numeric" min={0} max={365} step={1} value={fields[key]} onChange={set(key)} />}
            </Field>
          ))}
        </div>
        <Field
          id={fieldIdOf("entry.fees")}
          label={t("catalogAdmin.fields.fees")}
          hint={t("catalogAdmin.propose.hintFees")}
          error={errorOf("entry.fees")}
          requiredMark={req}
        >
          {(p) => <input {...p} name="fees" type="text" value={fields.fees} onChange={set("fees")} autoComplete="off" />}
        </Field>
        {textarea("conditions", 6, t("catalogAdmin.propose.hintConditions"))}
      </fieldset>

      <section
        id={fieldIdOf("entry.materials")}
        tabIndex={-1}
        aria-labelledby="materials-heading"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="materials-heading" className="text-lg font-semibold">
          {t("catalogAdmin.propose.materialsHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("catalogAdmin.propose.materialsLead")}</p>
        {errorOf("entry.materials") ? <p className="text-sm font-medium text-red-800">{errorOf("entry.materials")}</p> : null}
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
        {materials.length === 0 ? <p className="text-slate-700">{t("catalogAdmin.propose.materialsEmpty")}</p> : null}
        <ol className="space-y-4">
          {materials.map((m, i) => {
            const base = `entry.materials.${i}`;
            const n = i + 1;
            return (
              <li key={m.key}>
                <fieldset className="space-y-3 rounded-md border border-slate-300 p-3" data-testid="material-row">
                  <legend className="px-1 font-semibold">{t("catalogAdmin.propose.materialLegend", { n })}</legend>
                  <div className="grid gap-3 sm:grid-cols-2">
                    <Field
                      id={fieldIdOf(`${base}.documentKey`)}
                      label={t("catalogAdmin.materialFields.documentKey")}
                      hint={t("catalogAdmin.propose.hintDocumentKey")}
                      error={errorOf(`${base}.documentKey`)}
                      required
                      requiredMark={req}
                    >
                      {(p) => (
                        <input
                          {...p}
                          name={`materials.${i}.documentKey`}
                          type="text"
                          value={m.documentKey}
                          onChange={(e) => setMaterial(i, { documentKey: e.target.value })}
                          autoComplete="off"
                          spellCheck={false}
                          className={`${p.className} font-mono`}
                        />
                      )}
                    </Field>
                    <Field
                      id={fieldIdOf(`${base}.name`)}
                      label={t("catalogAdmin.materialFields.name")}
                      error={errorOf(`${base}.name`)}
                      required
                      requiredMark={req}
                    >
                      {(p) => (
                        <input
                          {...p}
                          name={`materials.${i}.name`}
                          type="text"
                          value={m.name}
                          onChange={(e) => setMaterial(i, { name: e.target.value })}
                          autoComplete="off"
                        />
                      )}
                    </Field>
                  </div>
                  <Field
                    id={fieldIdOf(`${base}.description`)}
                    label={t("catalogAdmin.materialFields.description")}
                    error={errorOf(`${base}.description`)}
                    requiredMark={req}
                  >
                    {(p) => (
                      <textarea
                        {...p}
                        name={`materials.${i}.description`}
                        rows={2}
                        value={m.description}
                        onChange={(e) => setMaterial(i, { description: e.target.value })}
                      />
                    )}
                  </Field>
                  <fieldset>
                    <legend className="font-medium">{t("catalogAdmin.propose.materialFlags")}</legend>
                    <div className="mt-1 grid gap-2 sm:grid-cols-2">
                      {MATERIAL_FLAGS.map((flag: Flag) => {
                        const id = fieldIdOf(`${base}.${flag}`);
                        const error = errorOf(`${base}.${flag}`);
                        return (
                          <div key={flag}>
                            <div className="flex items-start gap-2">
                              <input
                                id={id}
                                type="checkbox"
                                name={`materials.${i}.${flag}`}
                                checked={m[flag]}
                                onChange={(e) => setMaterial(i, { [flag]: e.target.checked })}
                                aria-invalid={error ? true : undefined}
                                aria-describedby={error ? `${id}-error` : undefined}
                                className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                              />
                              <label htmlFor={id}>{t(`catalogAdmin.materialFields.${flag}`)}</label>
                            </div>
                            {error ? (
                              <p id={`${id}-error`} className="ml-7 text-sm font-medium text-red-800">
                                {error}
                              </p>
                            ) : null}
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                  <div className="flex flex-wrap gap-2">
                    <button
                      type="button"
                      id={`move-up-${i}`}
                      onClick={() => moveMaterial(i, -1)}
                      disabled={i === 0}
                      className="rounded border border-slate-400 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50"
                    >
                      {t("catalogAdmin.propose.moveUp", { n })}
                    </button>
                    <button
                      type="button"
                      id={`move-down-${i}`}
                      onClick={() => moveMaterial(i, 1)}
                      disabled={i === materials.length - 1}
                      className="rounded border border-slate-400 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50"
                    >
                      {t("catalogAdmin.propose.moveDown", { n })}
                    </button>
                    <button
                      type="button"
                      onClick={() => removeMaterial(i)}
                      className="rounded border border-red-700 px-3 py-1.5 text-sm text-red-800 hover:bg-red-50"
                    >
                      {t("catalogAdmin.propose.removeMaterial", { n })}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          ref={addButtonRef}
          type="button"
          onClick={addMaterial}
          className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("catalogAdmin.propose.addMaterial")}
        </button>
      </section>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("catalogAdmin.propose.reasonHeading")}</legend>
        <Field
          id={fieldIdOf("reason")}
          label={t("catalogAdmin.fields.reason")}
          hint={t("catalogAdmin.propose.hintReason")}
          error={errorOf("reason")}
          required
          requiredMark={req}
        >
          {(p) => <textarea {...p} name="reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("catalogAdmin.propose.submitting") : t("catalogAdmin.propose.submit")}
        </button>
        <Link href="/dept/catalog" className="text-brand-700 underline">
          {t("catalogAdmin.propose.cancel")}
        </Link>
      </div>
    </form>
  );
}
