"use client";
// A regulator enters a credit record: the server's error (or the confirmation) comes back in a
// focused message; the form is reset after success.
import { useActionState, useEffect, useRef } from "react";
import { ActionResult } from "@/components/ui/action-result";
import { useI18n } from "@/lib/i18n/client";
import type { FormAction } from "@/lib/actions/types";

const INPUT = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base";
const TYPES = ["PENALTY", "FAILED_INSPECTION", "FALSE_COMMITMENT", "OTHER"] as const;
const SEVERITIES = ["MINOR", "GENERAL", "SERIOUS"] as const;

export function AddCreditRecordForm({ today, action }: { today: string; action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state) return;
    if (state.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" data-testid="credit-add-form">
      <div className="sm:col-span-2">
        <label htmlFor="credit-uscc" className="block font-medium">
          {t("credit.add.uscc")}
        </label>
        <input id="credit-uscc" name="uscc" required maxLength={18} className={`${INPUT} font-mono`} />
      </div>
      <div>
        <label htmlFor="credit-type" className="block font-medium">
          {t("credit.add.type")}
        </label>
        <select id="credit-type" name="type" className={INPUT}>
          {TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`credit.type.${v}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="credit-severity" className="block font-medium">
          {t("credit.add.severity")}
        </label>
        <select id="credit-severity" name="severity" className={INPUT}>
          {SEVERITIES.map((v) => (
            <option key={v} value={v}>
              {t(`credit.severity.${v}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="credit-description" className="block font-medium">
          {t("credit.add.description")}
        </label>
        <p id="credit-description-hint" className="text-sm text-slate-700">
          {t("credit.add.descriptionHint")}
        </p>
        <textarea id="credit-description" name="description" required rows={2} maxLength={500} aria-describedby="credit-description-hint" className={INPUT} />
      </div>
      <div>
        <label htmlFor="credit-occurred" className="block font-medium">
          {t("credit.add.occurredOn")}
        </label>
        <input id="credit-occurred" name="occurredOn" type="date" required defaultValue={today} max={today} className={INPUT} />
      </div>
      <div>
        <label htmlFor="credit-expires" className="block font-medium">
          {t("credit.add.expiresOn")}
        </label>
        <p id="credit-expires-hint" className="text-sm text-slate-700">
          {t("credit.add.expiresHint")}
        </p>
        <input id="credit-expires" name="expiresOn" type="date" aria-describedby="credit-expires-hint" className={INPUT} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <ActionResult state={state} failed={t("credit.add.failed")} done={t("credit.add.done")} />
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? t("credit.add.submitting") : t("credit.add.submit")}
        </button>
      </div>
    </form>
  );
}
