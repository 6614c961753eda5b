"use client";
import { useActionState } from "react";
import type { ActionResult, FormAction } from "@/lib/actions/types";

export type ButtonActionState = ActionResult | null;

/**
 * One button that posts a server action with a few hidden fields (mark read, mark all read, re-queue).
 * Works before hydration as a plain form; a failure is announced next to the button. Success needs no
 * message of its own: the page re-renders and its live summary changes.
 */
export function ActionButton({
  action,
  fields = {},
  label,
  ariaLabel,
  pendingLabel,
  primary = false,
}: {
  action: FormAction;
  fields?: Record<string, string>;
  label: string;
  /** Names the button apart from its siblings for screen readers (e.g. with the message title). */
  ariaLabel?: string;
  pendingLabel: string;
  primary?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const look = primary ? "bg-brand-700 text-white hover:bg-brand-800" : "border border-brand-600 bg-white text-brand-800 hover:bg-brand-50";
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={ariaLabel}
        className={`min-h-10 rounded-md px-3 py-2 text-sm font-medium disabled:opacity-60 ${look}`}
      >
        {pending ? pendingLabel : label}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
