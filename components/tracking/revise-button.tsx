"use client";
import { useActionState } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { FormAction } from "@/lib/actions/types";

/** After a return (退件): the application becomes a draft again and the applicant continues on the form. */
export function ReviseButton({ applicationId, version, action: revise }: { applicationId: string; version: number; action: FormAction }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(revise, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        data-testid="revise-returned"
      >
        {pending ? t("track.returned.revising") : t("track.returned.revise")}
      </button>
      {failure ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {failure.error}
        </p>
      ) : null}
    </form>
  );
}
