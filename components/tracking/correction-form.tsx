"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { FILE_INPUT_ACCEPT } from "@/lib/files/sniff";
import { useI18n } from "@/lib/i18n/client";
import { checkChosenFile, fileInputClass } from "@/components/ui/upload-field";
import type { FormAction } from "@/lib/actions/types";
import { useAnnounce } from "./announcements";

/**
 * 补正: the applicant's answer to one correction request, in words (required) and optionally with a file
 * (checked in the browser when chosen; the server checks it again). Success is announced on the department's
 * card, since the answered request leaves the open list.
 */
export function CorrectionForm({
  applicationId,
  correctionId,
  department,
  scope,
  answer,
}: {
  applicationId: string;
  correctionId: string;
  department: string;
  scope: string;
  /** The page's answerCorrectionAction (FormData: applicationId, correctionId, answer, file?). */
  answer: FormAction;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const announce = useAnnounce();
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `correction-${correctionId}`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setError(null);
    if (!String(data.get("answer") ?? "").trim()) {
      setAnswerError(t("track.correction.answerRequired"));
      form.querySelector<HTMLTextAreaElement>("textarea")?.focus();
      return;
    }
    setAnswerError(null);
    const file = data.get("file");
    if (file instanceof File && file.size > 0) {
      const problem = await checkChosenFile(file, t);
      if (problem) return setFileError(problem);
    } else {
      data.delete("file");
    }
    setBusy(true);
    try {
      const r = await answer(null, data);
      if (!r.ok) return setError(r.error);
      announce(scope, t("track.correction.answered", { department }));
      router.refresh();
    } catch {
      setError(t("apply.form.networkError"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="mt-2 space-y-3" data-testid="correction-form" data-correction-id={correctionId}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="correctionId" value={correctionId} />
      <div>
        <label htmlFor={`${base}-answer`} className="block font-medium">
          {t("track.correction.answerLabel")}
          <span className="text-slate-700">{t("apply.form.required")}</span>
        </label>
        <p id={`${base}-answer-hint`} className="text-sm text-slate-700">
          {t("track.correction.answerHint")}
        </p>
        <textarea
          id={`${base}-answer`}
          name="answer"
          rows={4}
          maxLength={2000}
          required
          aria-required="true"
          aria-invalid={answerError ? true : undefined}
          aria-describedby={[`${base}-answer-hint`, answerError ? `${base}-answer-error` : ""].filter(Boolean).join(" ")}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand-600"
          onChange={() => setAnswerError(null)}
        />
        {answerError ? (
          <p id={`${base}-answer-error`} className="mt-1 text-sm font-medium text-red-800">
            {answerError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${base}-file`} className="block font-medium">
          {t("track.correction.fileLabel")}
        </label>
        <p id={`${base}-file-hint`} className="text-sm text-slate-700">
          {t("track.correction.fileHint")}
        </p>
        <input
          id={`${base}-file`}
          name="file"
          type="file"
          accept={FILE_INPUT_ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={[`${base}-file-hint`, fileError ? `${base}-file-error` : ""].filter(Boolean).join(" ")}
          className={fileInputClass}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            const problem = file ? await checkChosenFile(file, t) : null;
            // A refused file is not kept: the form never sends what the browser already knows is refused.
            if (problem) input.value = "";
            setFileError(problem);
          }}
        />
        {fileError ? (
          <p id={`${base}-file-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
            {fileError}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={busy} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? t("track.correction.submitting") : t("track.correction.submit")}
      </button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
