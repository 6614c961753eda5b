"use client";
// The add form and the per-row remove button of /regulator/synonyms (server actions passed as props).
import { useActionState, useEffect, useRef } from "react";
import { useI18n } from "@/lib/i18n/client";
import { TextField } from "@/components/ui/text-field";
import { ActionResult, type ActionAnswer } from "@/components/ui/action-result";
import type { FormAction } from "@/lib/actions/types";

/** The page's addSynonymAction (defineAction): the new synonym's id, or the standard failure with its field messages. */
type AddAction = FormAction<{ id: string }>;
type RemoveAction = (prev: ActionAnswer, formData: FormData) => Promise<ActionAnswer>;

export function AddSynonymForm({ action }: { action: AddAction }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // The failure's `error` already holds every problem, translated.
  const answer: ActionAnswer = state;
  return (
    <form ref={form} action={formAction} className="space-y-3" noValidate data-testid="add-synonym">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("catalogAdmin.synonyms.word")} name="word" required maxLength={12} error={errors.word} />
        <TextField label={t("catalogAdmin.synonyms.target")} name="target" required maxLength={40} error={errors.target} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("catalogAdmin.synonyms.add")}
      </button>
      <ActionResult state={answer} failed={t("catalogAdmin.synonyms.failed")} done={t("catalogAdmin.synonyms.added")} testId="add-synonym-result" />
    </form>
  );
}

export function RemoveSynonymButton({ action, id, word, target }: { action: RemoveAction; id: string; word: string; target: string }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="synonymId" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-red-700 px-3 py-1 text-red-800 hover:bg-red-50 disabled:opacity-60"
        aria-label={t("catalogAdmin.synonyms.removeFor", { word, target })}
      >
        {t("catalogAdmin.synonyms.remove")}
      </button>
      <ActionResult state={state} failed={t("catalogAdmin.synonyms.removeFailed")} />
    </form>
  );
}
