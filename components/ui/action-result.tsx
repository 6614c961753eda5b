"use client";
// What a server action answered, said where the form is: a refusal as a focused alert ("<failed>：<reason>"),
// a success — when the form stays on the page — as a focused status line. Focus moves to it each time a new
// answer arrives, so keyboard and screen-reader users hear it.
import { useEffect, useRef } from "react";

export type ActionAnswer = { ok: true } | { ok: false; error: string } | null;

export function ActionResult({ state, failed, done, testId }: { state: ActionAnswer; failed: string; done?: string; testId?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && (!state.ok || done)) ref.current?.focus();
  }, [state, done]);
  if (!state) return null;
  if (state.ok) {
    return done ? (
      <p ref={ref} tabIndex={-1} role="status" className="font-medium text-green-900" data-testid={testId}>
        {done}
      </p>
    ) : null;
  }
  return (
    <p ref={ref} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900" data-testid={testId}>
      {failed}：{state.error}
    </p>
  );
}
