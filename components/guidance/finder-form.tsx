"use client";
// The questionnaire. A plain GET form (works without JavaScript, answers land in the URL); with
// JavaScript every change updates the notice at once, which is how the "what-if" is explored too.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { Answer } from "@/lib/guidance/schemas";

export interface FinderQuestion {
  code: string;
  text: string;
  helpText: string;
  type: "SINGLE" | "MULTIPLE" | "BOOLEAN" | "NUMBER";
  options: { code: string; label: string }[];
  answer: Answer | undefined;
}

function toQuery(form: HTMLFormElement): string {
  const sp = new URLSearchParams();
  const data = new FormData(form);
  for (const key of new Set(data.keys())) {
    const vals = data
      .getAll(key)
      .map(String)
      .filter((v) => v !== "");
    // Multiple-choice questions always send an (empty) value so "none" is an answer.
    if (vals.length || form.querySelector(`[data-multi="${key}"]`)) sp.set(key, vals.join(","));
  }
  return sp.toString();
}

export function FinderForm({ questions }: { questions: FinderQuestion[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  // Queries this form has sent. A response to one of them must not touch the inputs: the user may
  // already have answered the next question while it was on its way.
  const sent = useRef(new Set<string>());

  // When the answers change from outside (a what-if link, back/forward), bring the inputs in line without
  // remounting them, so keyboard focus stays where it is.
  useEffect(() => {
    const form = formRef.current;
    if (!form || sent.current.has(window.location.search.replace(/^\?/, ""))) return;
    for (const q of questions) {
      for (const el of form.querySelectorAll<HTMLInputElement>(`input[name="${q.code}"]`)) {
        if (el.type === "radio" || el.type === "checkbox") el.checked = isChosen(q, el.value);
        else if (el.type === "number") el.value = typeof q.answer === "number" ? String(q.answer) : "";
      }
    }
  }, [questions]);

  function update(e?: FormEvent) {
    e?.preventDefault();
    if (!formRef.current) return;
    const query = toQuery(formRef.current);
    sent.current.add(query);
    startTransition(() => router.replace(`/guide?${query}`, { scroll: false }));
  }

  return (
    <form ref={formRef} action="/guide" method="get" onSubmit={update} onChange={() => update()} className="space-y-5" aria-busy={pending}>
      {questions.map((q, i) => (
        <fieldset key={q.code} className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby={q.helpText ? `${q.code}-help` : undefined}>
          <legend className="px-1 font-semibold text-slate-900">
            {i + 1}. {q.text}
          </legend>
          {q.helpText ? (
            <p className="mb-2 text-sm text-slate-600" id={`${q.code}-help`}>
              {q.helpText}
            </p>
          ) : null}
          <Control q={q} yes={t("guide.yes")} no={t("guide.no")} unit={t("guide.numberUnit")} />
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("guide.update")}
        </button>
        <a href="/guide" className="rounded-md border border-slate-300 px-4 py-2 text-slate-800 hover:bg-slate-100">
          {t("guide.restart")}
        </a>
      </div>
    </form>
  );
}

function isChosen(q: FinderQuestion, value: string): boolean {
  if (q.type === "BOOLEAN") return q.answer === (value === "yes");
  return Array.isArray(q.answer) ? q.answer.includes(value) : q.answer === value;
}

function Control({ q, yes, no, unit }: { q: FinderQuestion; yes: string; no: string; unit: string }) {
  const describedBy = q.helpText ? `${q.code}-help` : undefined;
  const choice = "flex items-start gap-2 py-1";
  if (q.type === "BOOLEAN") {
    return (
      <div className="flex gap-6">
        {[
          ["yes", yes],
          ["no", no],
        ].map(([value, label]) => (
          <label key={value} className={choice}>
            <input type="radio" name={q.code} value={value} defaultChecked={isChosen(q, value!)} className="mt-1 h-4 w-4" />
            <span>{label}</span>
          </label>
        ))}
      </div>
    );
  }
  if (q.type === "NUMBER") {
    return (
      <label className="flex items-center gap-2">
        <input
          type="number"
          name={q.code}
          min={0}
          step={1}
          inputMode="numeric"
          defaultValue={typeof q.answer === "number" ? q.answer : ""}
          aria-label={q.text}
          aria-describedby={describedBy}
          className="w-32 rounded-md border border-slate-400 px-3 py-2"
        />
        <span>{unit}</span>
      </label>
    );
  }
  const multi = q.type === "MULTIPLE";
  return (
    <div>
      {multi ? <input type="hidden" name={q.code} value="" data-multi={q.code} /> : null}
      {q.options.map((o) => (
        <label key={o.code} className={choice}>
          <input type={multi ? "checkbox" : "radio"} name={q.code} value={o.code} defaultChecked={isChosen(q, o.code)} className="mt-1 h-4 w-4" />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
