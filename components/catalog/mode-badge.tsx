import type { ReformMode } from "@/lib/generated/prisma/enums";

// Each mode has its own colour, but the text always names the mode, so nothing depends on colour alone.
// Dark text on a pale ground: every pair is above 7:1 contrast.
export const MODE_TONE: Record<ReformMode, string> = {
  CANCEL: "border-slate-400 bg-slate-100 text-slate-900",
  FILING: "border-emerald-600 bg-emerald-50 text-emerald-900",
  COMMITMENT: "border-blue-600 bg-blue-50 text-blue-900",
  OPTIMIZE: "border-amber-600 bg-amber-50 text-amber-900",
};

export function ModeBadge({ mode, label }: { mode: ReformMode; label: string }) {
  return (
    <span
      data-testid="mode-badge"
      data-mode={mode}
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium print:border-slate-700 print:bg-transparent print:text-black ${MODE_TONE[mode]}`}
    >
      {label}
    </span>
  );
}
