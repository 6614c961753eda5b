"use client";
import { useActionState } from "react";
import Link from "next/link";
import type { FormAction } from "@/lib/actions/types";
import { useI18n } from "@/lib/i18n/client";

type RuleField = "matterCode" | "reason" | "condition";
export type SaveRuleAction = FormAction<{ id: string }>;

interface Props {
  matters: { code: string; name: string }[];
  rule?: { id: string; matterCode: string; reason: string; conditionJson: string; isActive: boolean };
  saveAction: SaveRuleAction;
}

export function RuleForm({ matters, rule, saveAction }: Props) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(saveAction, null);
  // A refusal not tied to a field (the rule gone meanwhile, an unexpected error) is shown at the condition.
  const errors: Partial<Record<RuleField, string>> = state && !state.ok ? (state.fieldErrors ?? { condition: state.error }) : {};
  const field = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2";
  const err = (name: keyof typeof errors) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
        {errors[name]}
      </p>
    ) : null;
  const described = (name: keyof typeof errors, extra?: string) => [errors[name] ? `${name}-error` : null, extra].filter(Boolean).join(" ") || undefined;
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6" noValidate>
      {state?.ok ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("guide.adminSaved")}{" "}
          <Link href="/admin/guidance" className="underline">
            {t("guide.adminBack")}
          </Link>
        </p>
      ) : null}
      {Object.keys(errors).length ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          <p>{t("guide.adminErrorSummary")}</p>
          <ul className="list-disc pl-5">
            {Object.entries(errors).map(([name, message]) => (
              <li key={name}>
                <a href={`#rule-${name}`} className="underline">
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="ruleId" value={rule?.id ?? ""} />
      <div>
        <label htmlFor="rule-matterCode" className="font-medium">
          {t("guide.adminMatter")}
        </label>
        <select
          id="rule-matterCode"
          name="matterCode"
          defaultValue={rule?.matterCode ?? ""}
          className={field}
          aria-invalid={errors.matterCode ? true : undefined}
          aria-describedby={described("matterCode")}
        >
          <option value="">{t("guide.adminSelectMatter")}</option>
          {matters.map((m) => (
            <option key={m.code} value={m.code}>
              {t("common.withNote", { text: m.name, note: m.code })}
            </option>
          ))}
        </select>
        {err("matterCode")}
      </div>
      <div>
        <label htmlFor="rule-reason" className="font-medium">
          {t("guide.adminReason")}
        </label>
        <input
          id="rule-reason"
          name="reason"
          defaultValue={rule?.reason ?? ""}
          className={field}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={described("reason")}
        />
        {err("reason")}
      </div>
      <div>
        <label htmlFor="rule-condition" className="font-medium">
          {t("guide.adminCondition")}
        </label>
        <p id="condition-help" className="text-sm text-slate-600">
          {t("guide.adminConditionHelp")}
        </p>
        <textarea
          id="rule-condition"
          name="condition"
          rows={8}
          defaultValue={rule?.conditionJson ?? '{ "q": "", "eq": true }'}
          className={`${field} font-mono text-sm`}
          spellCheck={false}
          aria-invalid={errors.condition ? true : undefined}
          aria-describedby={described("condition", "condition-help")}
        />
        {err("condition")}
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="isActive" defaultChecked={rule?.isActive ?? true} className="h-4 w-4" />
        {t("guide.adminActive")}
      </label>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("guide.adminSaving") : t("guide.adminSave")}
        </button>
        <Link href="/admin/guidance" className="rounded-md border border-slate-300 px-4 py-2">
          {t("guide.adminBack")}
        </Link>
      </div>
    </form>
  );
}
