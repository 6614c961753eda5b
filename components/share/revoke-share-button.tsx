"use client";
// Revoking asks once more, in place (no browser dialog): the link stops working for good.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { TypedAction } from "@/lib/actions/types";

export type RevokeShareAction = TypedAction<{ shareId: string }>;

export function RevokeShareButton({ shareId, revokeAction }: { shareId: string; revokeAction: RevokeShareAction }) {
  const { t } = useI18n();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  function revoke() {
    startTransition(async () => {
      const r = await revokeAction({ shareId });
      if (r.ok) {
        setConfirming(false);
        router.refresh();
      } else setError(r.error);
    });
  }

  if (!confirming)
    return (
      <button
        ref={openRef}
        type="button"
        onClick={() => {
          setConfirming(true);
          setTimeout(() => confirmRef.current?.focus(), 0);
        }}
        className="rounded-md border border-red-700 px-3 py-2 font-medium text-red-800 hover:bg-red-50"
        data-testid="share-revoke"
      >
        {t("share.revoke.button")}
      </button>
    );
  return (
    <div role="group" aria-labelledby={`revoke-${shareId}-q`} className="space-y-2 rounded-md border border-red-700 bg-red-50 p-3">
      <p id={`revoke-${shareId}-q`} className="font-medium text-red-900">
        {t("share.revoke.confirm")}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="button"
          disabled={pending}
          onClick={revoke}
          className="rounded-md bg-red-700 px-3 py-2 font-semibold text-white disabled:opacity-60"
          data-testid="share-revoke-confirm"
        >
          {t("share.revoke.confirmButton")}
        </button>
        <button
          type="button"
          onClick={() => {
            setConfirming(false);
            setError(null);
            setTimeout(() => openRef.current?.focus(), 0);
          }}
          className="rounded-md border border-slate-500 px-3 py-2 font-medium"
        >
          {t("share.revoke.cancel")}
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-900">
          {error}
        </p>
      ) : null}
    </div>
  );
}
