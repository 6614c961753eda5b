"use client";
// Withdrawing a request still waiting for the registration authority; the page then shows it withdrawn.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { TypedAction } from "@/lib/actions/types";

/** The page's server action (defineAction, typed input). */
export type WithdrawRegistrationAction = TypedAction<{ changeId: string }>;

export function WithdrawRequestButton({ changeId, action }: { changeId: string; action: WithdrawRegistrationAction }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await action({ changeId });
            if (r.ok) router.refresh();
            else setError(r.error);
          })
        }
        className="rounded-md border border-slate-600 px-3 py-2 font-medium disabled:opacity-60"
        data-testid="reg-withdraw"
      >
        {pending ? t("registration.my.withdrawing") : t("registration.my.withdraw")}
      </button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-900">
          {t("registration.my.withdrawFailed")}：{error}
        </p>
      ) : null}
    </div>
  );
}
