"use client";
// The regulator's plan form (the matters offered follow the chosen department; the domain's schema checks
// the fields in the browser first) and the one-way draw button.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ActionResult } from "@/components/ui/action-result";
import { useI18n } from "@/lib/i18n/client";
import { DEFAULT_RATIOS, ZCreatePlan } from "@/lib/supervision/inspection-schemas";
import { translate } from "@/lib/i18n/core";
import { issueOf } from "@/lib/errors";
import type { FormAction } from "@/lib/actions/types";

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
type Options = { code: string; name: string; matters: { code: string; name: string }[] }[];

export function CreatePlanForm({ options, today, action }: { options: Options; today: string; action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  const [department, setDepartment] = useState(options[0]?.code ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const matters = options.find((o) => o.code === department)?.matters ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const raw = Object.fromEntries([...data.entries()].filter(([k]) => k !== "matterCodes").map(([k, v]) => [k, String(v)]));
    const parsed = ZCreatePlan.safeParse({ ...raw, matterCodes: data.getAll("matterCodes").map(String) });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const i of parsed.error.issues) {
        const issue = issueOf(i);
        next[String(i.path[0])] ??= translate(t, issue.key, issue.params);
      }
      setErrors(next);
      (event.currentTarget.querySelector(`[name="${Object.keys(next)[0]}"]`) as HTMLElement | null)?.focus();
      return;
    }
    setErrors({});
    startTransition(() => formAction(data));
  }
  const err = (k: string) =>
    errors[k] ? (
      <p id={`plan-${k}-error`} className="mt-1 text-sm font-medium text-red-800">
        {errors[k]}
      </p>
    ) : null;
  const aria = (k: string) => ({ "aria-invalid": errors[k] ? true : undefined, "aria-describedby": errors[k] ? `plan-${k}-error` : undefined });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="plan-form">
      <div>
        <label htmlFor="plan-name" className="block font-medium">
          {t("inspection.regulator.name")}
        </label>
        <input id="plan-name" name="name" maxLength={100} className={INPUT} {...aria("name")} />
        {err("name")}
      </div>
      <div>
        <label htmlFor="plan-departmentCode" className="block font-medium">
          {t("inspection.regulator.department")}
        </label>
        <select id="plan-departmentCode" name="departmentCode" value={department} onChange={(e) => setDepartment(e.target.value)} className={INPUT}>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset aria-describedby={errors.matterCodes ? "plan-matterCodes-error" : undefined}>
        <legend className="font-medium">{t("inspection.regulator.matters")}</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {matters.map((m) => (
            <li key={m.code}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="matterCodes" value={m.code} className="mt-1 size-5" />
                <span>{m.name}</span>
              </label>
            </li>
          ))}
        </ul>
        {err("matterCodes")}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        {(["periodStart", "periodEnd", "publishBy"] as const).map((k) => (
          <div key={k}>
            <label htmlFor={`plan-${k}`} className="block font-medium">
              {t(`inspection.regulator.${k}`)}
            </label>
            <input id={`plan-${k}`} name={k} type="date" defaultValue={today} className={INPUT} {...aria(k)} />
            {err(k)}
          </div>
        ))}
      </div>
      <fieldset>
        <legend className="font-medium">{t("inspection.regulator.ratioHint")}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-4">
          {(["A", "B", "C", "D"] as const).map((g) => (
            <div key={g}>
              <label htmlFor={`plan-ratio${g}`} className="block text-sm font-medium">
                {t("inspection.regulator.ratio", { grade: g })}
              </label>
              <input
                id={`plan-ratio${g}`}
                name={`ratio${g}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                defaultValue={DEFAULT_RATIOS[g]}
                className={INPUT}
                {...aria(`ratio${g}`)}
              />
              {err(`ratio${g}`)}
            </div>
          ))}
        </div>
      </fieldset>
      <ActionResult state={state} failed={t("inspection.regulator.failed")} testId="plan-error" />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("inspection.regulator.creating") : t("inspection.regulator.create")}
      </button>
    </form>
  );
}

export function DrawButton({ planId, action }: { planId: string; action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2" data-testid="draw-form">
      <input type="hidden" name="planId" value={planId} />
      <p className="text-slate-700">{t("inspection.regulator.drawHint")}</p>
      <ActionResult state={state} failed={t("inspection.regulator.failed")} testId="plan-error" />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("inspection.regulator.drawing") : t("inspection.regulator.draw")}
      </button>
    </form>
  );
}
