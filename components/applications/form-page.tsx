"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ApplicationForm } from "@/lib/applications/get-application-form";
import type { ApplyPage } from "@/lib/applications/get-apply-page";
import { isFilled, quoted, valueProblem, type FieldValue, type FormValues } from "@/lib/forms/field-values";
import { problemText, type Problem } from "@/lib/forms/problem";
import { allFields, type MergedField } from "@/lib/forms/merge-form";
import { useI18n } from "@/lib/i18n/client";
import { localizeForm } from "@/components/i18n/localize-form";
import type { ApplyActions } from "./apply-actions";
import { FormField, fieldId } from "./form-field";
import { FormMaterials } from "./form-materials";
import { FormCommitments } from "./form-commitments";

const AUTOSAVE_DELAY_MS = 800;

type SaveState = { kind: "idle" | "saving" | "saved" } | { kind: "partial"; count: number } | { kind: "failed" | "conflict"; message: string };
type Summary = { problems: string[]; fieldProblems: Record<string, string> };
type FlushResult = { saved: boolean; refused: Record<string, Problem> };

// What was typed here but is not stored on the server yet (refused as invalid, or not sent because of a
// network failure) stays in this tab's sessionStorage, keyed by application, so a reload loses nothing
// (issue 15 §6). sessionStorage, not localStorage: the form holds ID numbers, and a shared computer's next
// user must not find them after the tab is closed.
const keptKey = (applicationId: string) => `onelicence.draft.${applicationId}`;
function readKept(applicationId: string): FormValues {
  try {
    const raw = window.sessionStorage.getItem(keptKey(applicationId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(([, v]) => typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"))),
    ) as FormValues;
  } catch {
    return {};
  }
}
function writeKept(applicationId: string, kept: FormValues) {
  try {
    if (Object.keys(kept).length) window.sessionStorage.setItem(keptKey(applicationId), JSON.stringify(kept));
    else window.sessionStorage.removeItem(keptKey(applicationId));
  } catch {
    // Storage full or disabled: the autosave still works, only the local copy is missing.
  }
}
const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The merged one-form page of a draft: fields (autosaved), materials, commitments and submission. */
export function FormPage({ form: stored, page, actions }: { form: ApplicationForm; page: ApplyPage; actions: ApplyActions }) {
  const { t, locale } = useI18n();
  // Catalog names and labels in the visitor's locale (display only: keys and values are the stored ones).
  const form = useMemo(() => localizeForm(stored, locale), [stored, locale]);
  const router = useRouter();
  const defs = useMemo(() => new Map(form.dictionary.map((d) => [d.key, d])), [form.dictionary]);
  const matterNames = useMemo(() => new Map(form.matters.map((m) => [m.code, m.name])), [form.matters]);

  const [values, setValues] = useState<FormValues>(form.values);
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  // Known fields the applicant chose to correct (a stored value for a known field is a correction).
  const [correcting, setCorrecting] = useState<Set<string>>(() => new Set(Object.keys(form.values)));
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [summary, setSummary] = useState<Summary | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Keys whose typed value is kept only in this browser (shown next to the field).
  const [keptKeys, setKeptKeys] = useState<Set<string>>(() => new Set());

  const valuesRef = useRef(values);
  const versionRef = useRef(form.version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<FlushResult> | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const unsaved = useRef<FormValues>({});
  /** What the last save refused (still stored as before on the server). */
  const refusedRef = useRef<Record<string, Problem>>({});

  const problemOf = useCallback(
    (key: string, v: FieldValue | undefined) => {
      const def = defs.get(key);
      return def && v !== undefined ? valueProblem(def, v) : null;
    },
    [defs],
  );
  /** A field's problem in the visitor's locale, with the field's label as this page shows it. */
  const fieldText = useCallback(
    (key: string, p: Problem) => {
      const def = defs.get(key);
      return problemText(t, p, def ? { label: quoted(def.label) } : undefined);
    },
    [defs, t],
  );
  const fieldTexts = useCallback((all: Record<string, Problem>) => Object.fromEntries(Object.entries(all).map(([k, p]) => [k, fieldText(k, p)])), [fieldText]);

  const persistKept = useCallback(() => {
    writeKept(form.id, unsaved.current);
    setKeptKeys(new Set(Object.keys(unsaved.current)));
  }, [form.id]);

  /**
   * Saves the current values: the server stores every acceptable one and answers the rest per field (a bad
   * field never holds back the others). Resolves `saved` when everything typed is stored.
   */
  const flush = useCallback(async (): Promise<FlushResult> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return { saved: Object.keys(refusedRef.current).length === 0, refused: refusedRef.current };
    const current = valuesRef.current;
    const local: Record<string, Problem> = {};
    for (const [k, v] of Object.entries(current)) {
      const p = problemOf(k, v);
      if (p) local[k] = p;
    }
    if (Object.keys(local).length) setProblems((prev) => ({ ...prev, ...local }));
    dirty.current = false;
    setSave({ kind: "saving" });
    const run = (async (): Promise<FlushResult> => {
      try {
        const r = await actions.saveDraft({ applicationId: form.id, expectedVersion: versionRef.current, values: current });
        if (r.ok) {
          versionRef.current = r.version;
          const refused = r.problems;
          refusedRef.current = refused;
          // Stored now: no longer only in this browser (unless typed again since it was sent).
          for (const k of Object.keys(unsaved.current)) {
            if (k in current && !(k in refused) && sameValue(unsaved.current[k], current[k])) delete unsaved.current[k];
          }
          persistKept();
          setProblems((prev) => {
            const next = { ...prev };
            for (const k of Object.keys(current)) if (!(k in refused) && !(k in local)) delete next[k];
            return { ...next, ...refused };
          });
          const count = Object.keys(refused).length;
          setSave(count ? { kind: "partial", count } : { kind: "saved" });
          return { saved: count === 0, refused };
        }
        dirty.current = true;
        setSave({ kind: r.code === "CONFLICT" ? "conflict" : "failed", message: r.error });
        return { saved: false, refused: {} };
      } catch {
        dirty.current = true;
        setSave({ kind: "failed", message: t("apply.form.networkError") });
        return { saved: false, refused: {} };
      }
    })();
    inFlight.current = run;
    const result = await run;
    inFlight.current = null;
    // Typing during the save: save again.
    if (dirty.current && (result.saved || Object.keys(result.refused).length)) return flush();
    return result;
  }, [form.id, persistKept, problemOf, t, actions]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // After a reload: what this browser kept and the server does not have comes back, marked, and is saved
  // again (whatever is acceptable of it). Keys no longer in the form, and registry facts, are dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount (see the end of the effect)
  useEffect(() => {
    const editable = new Set(
      allFields(form.form)
        .filter((f) => !f.known?.registry)
        .map((f) => f.key),
    );
    const kept = Object.fromEntries(Object.entries(readKept(form.id)).filter(([k]) => editable.has(k))) as FormValues;
    unsaved.current = kept;
    persistKept();
    if (!Object.keys(kept).length) return;
    const next = { ...valuesRef.current, ...kept };
    valuesRef.current = next;
    setValues(next);
    setCorrecting((prev) => new Set([...prev, ...Object.keys(kept)]));
    const local = Object.fromEntries(
      Object.entries(kept)
        .map(([k, v]) => [k, problemOf(k, v)])
        .filter(([, p]) => p),
    ) as Record<string, Problem>;
    setProblems((prev) => ({ ...prev, ...local }));
    dirty.current = true;
    schedule();
    // Once, on mount: the kept values belong to the page as it was first rendered.
  }, []);

  const onChange = useCallback(
    (key: string, value: FieldValue) => {
      const next = { ...valuesRef.current, [key]: value };
      valuesRef.current = next;
      setValues(next);
      dirty.current = true;
      unsaved.current = { ...unsaved.current, [key]: value };
      persistKept();
      // An existing problem is re-checked while typing, so it disappears as soon as the value is right.
      setProblems((prev) => {
        if (!(key in prev)) return prev;
        const rest = { ...prev };
        const p = problemOf(key, value);
        if (p) rest[key] = p;
        else delete rest[key];
        return rest;
      });
      schedule();
    },
    [persistKept, problemOf, schedule],
  );

  const onBlur = useCallback(
    (key: string) => {
      const p = problemOf(key, valuesRef.current[key]);
      setProblems((prev) => {
        const rest = { ...prev };
        if (p) rest[key] = p;
        else delete rest[key];
        return rest;
      });
    },
    [problemOf],
  );

  const onCorrect = useCallback((key: string) => setCorrecting((prev) => new Set(prev).add(key)), []);

  async function submit() {
    setSubmitting(true);
    setSummary(null);
    try {
      const { saved, refused } = await flush();
      if (!saved) {
        const local = Object.fromEntries(
          Object.entries(valuesRef.current)
            .map(([k, v]) => [k, problemOf(k, v)])
            .filter(([, p]) => p),
        ) as Record<string, Problem>;
        const fieldProblems = fieldTexts({ ...refused, ...local });
        setSummary({ problems: Object.keys(fieldProblems).length ? [] : [t("apply.form.saveInvalid")], fieldProblems });
        return;
      }
      const r = await actions.submit({ applicationId: form.id, expectedVersion: versionRef.current });
      if (r.ok && r.submitted) {
        unsaved.current = {};
        persistKept();
        router.refresh();
        return;
      }
      if (!r.ok) setSummary({ problems: [r.error], fieldProblems: {} });
      else {
        setSummary({ problems: r.problems.map((p) => problemText(t, p)), fieldProblems: fieldTexts(r.fieldProblems) });
        setProblems((prev) => ({ ...prev, ...r.fieldProblems }));
      }
    } catch {
      setSummary({ problems: [t("apply.form.networkError")], fieldProblems: {} });
    } finally {
      setSubmitting(false);
    }
  }

  useEffect(() => {
    if (summary) summaryRef.current?.focus();
  }, [summary]);

  const typed = Object.values(values).filter(isFilled).length;
  const restriction = page.credit.restricted && page.credit.reason ? t("domain.supervision.errors.creditRestricted", page.credit.reason) : null;

  const renderField = (f: MergedField, shared: boolean) => (
    <FormField
      key={f.key}
      field={f}
      value={values[f.key]}
      problem={problems[f.key] ? fieldText(f.key, problems[f.key]!) : undefined}
      keptLocally={problems[f.key] !== undefined && keptKeys.has(f.key)}
      usedBy={shared ? f.usedBy.map((c) => matterNames.get(c) ?? c).join(t("common.listSeparator")) : undefined}
      correcting={correcting.has(f.key)}
      onCorrect={onCorrect}
      onChange={onChange}
      onBlur={onBlur}
    />
  );

  const summaryCount = summary ? summary.problems.length + Object.keys(summary.fieldProblems).length : 0;
  return (
    <div className="space-y-6">
      <p className="break-words">
        {t("common.labelValue", { label: t("apply.form.mattersLabel"), value: form.matters.map((m) => m.name).join(t("common.listSeparator")) })}
      </p>

      <section aria-labelledby="counters-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
        <h2 id="counters-heading" className="font-semibold">
          {t("apply.form.countersHeading")}
        </h2>
        <ul className="mt-1 space-y-1">
          <li data-testid="fields-counter">{t("apply.form.fieldsCounter", { n: form.counters.fieldsToType, m: form.counters.fieldsBaseline })}</li>
          <li data-testid="materials-counter">{t("apply.form.materialsCounter", { n: page.toProvide.upload, m: form.counters.materialsBaseline })}</li>
          {page.toProvide.generated ? <li data-testid="generated-counter">{t("apply.form.generatedCounter", { n: page.toProvide.generated })}</li> : null}
          <li className="text-slate-800">{t("apply.form.typedSoFar", { n: typed })}</li>
        </ul>
      </section>

      {summary && summaryCount > 0 ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="problems-heading"
          className="rounded-lg border-2 border-red-700 bg-red-50 p-4"
          data-testid="error-summary"
        >
          <h2 id="problems-heading" className="font-semibold text-red-900">
            {t("apply.form.problemsHeading", { count: summaryCount })}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {summary.problems.map((p) => (
              <li key={p} className="break-words">
                {p}
              </li>
            ))}
            {Object.entries(summary.fieldProblems).map(([key, p]) => (
              <li key={key} className="break-words">
                <a href={`#${fieldId(key)}`} className="text-red-900 underline">
                  {p}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {/* No <form>: Enter in a field must never submit the whole application; values are autosaved. */}
      <div className="space-y-6">
        <p className="text-sm text-slate-700">{t("apply.form.requiredNote")}</p>
        <div className="sticky top-0 z-10 -mx-1 rounded bg-white px-1 py-1 text-sm">
          <p
            role="status"
            data-testid="save-status"
            className={save.kind === "failed" || save.kind === "conflict" || save.kind === "partial" ? "font-medium text-red-800" : "text-slate-800"}
          >
            {save.kind === "idle"
              ? t("apply.form.saveIdle")
              : save.kind === "saving"
                ? t("apply.form.saving")
                : save.kind === "saved"
                  ? t("apply.form.saved")
                  : save.kind === "partial"
                    ? t("apply.form.savePartial", { count: save.count })
                    : t("apply.form.saveFailed", { error: "message" in save ? save.message : "" })}
            {save.kind === "conflict" ? (
              <>
                {" "}
                <a href={`/apply/${form.id}`} className="underline">
                  {t("apply.form.reload")}
                </a>
              </>
            ) : null}
          </p>
        </div>

        {form.form.shared.length ? (
          <section aria-labelledby="shared-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="shared-heading" className="text-xl font-semibold">
              {t("apply.form.sharedHeading")}
            </h2>
            {form.form.shared.map((g) => (
              <section key={g.topic} aria-labelledby={`topic-${g.topic}`} className="space-y-4">
                <h3 id={`topic-${g.topic}`} className="border-b border-slate-200 pb-1 text-lg font-semibold">
                  {t(`apply.form.topics.${g.topic}` as Parameters<typeof t>[0])}
                </h3>
                {g.fields.map((f) => renderField(f, true))}
              </section>
            ))}
          </section>
        ) : null}

        {form.form.perMatter.map((s) => (
          <section key={s.code} aria-labelledby={`matter-${s.code}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`matter-${s.code}`} className="text-xl font-semibold">
              {t("apply.form.matterHeading", { name: s.name })}
            </h2>
            {s.fields.map((f) => renderField(f, false))}
          </section>
        ))}

        <FormCommitments applicationId={form.id} commitments={page.commitments} restriction={restriction} choose={actions.chooseCommitment} />
        <FormMaterials applicationId={form.id} documents={page.documents} restriction={restriction} actions={actions} />

        <section aria-labelledby="submit-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="submit-heading" className="text-xl font-semibold">
            {t("apply.form.submitHeading")}
          </h2>
          <p className="text-slate-700">{t("apply.form.submitLead")}</p>
          <button
            type="button"
            onClick={() => void submit()}
            disabled={submitting}
            className="w-full rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
          >
            {submitting ? t("apply.form.submitting") : t("apply.form.submit")}
          </button>
        </section>
      </div>
    </div>
  );
}
