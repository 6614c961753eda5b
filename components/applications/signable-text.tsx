/** The exact text an applicant signs (a commitment, a generated document): scrollable, focusable, named by its heading. */
export function SignableText({ labelledBy, text }: { labelledBy: string; text: string }) {
  return (
    <pre
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="mt-1 max-h-72 overflow-y-auto whitespace-pre-wrap break-words rounded border border-slate-300 bg-slate-50 p-3 font-sans text-sm text-slate-900"
    >
      {text}
    </pre>
  );
}
