import type { ReactNode } from "react";

export interface Stat {
  label: string;
  value: number | string;
  testId?: string;
  hint?: ReactNode;
}

/** Labelled numbers as a definition list, so screen readers read "label: value". */
export function StatGrid({ stats, label }: { stats: Stat[]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {stats.map((s) => (
        <div key={s.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{s.label}</dt>
          <dd className="mt-1 text-3xl font-semibold tabular-nums text-slate-900" data-testid={s.testId}>
            {s.value}
          </dd>
          {s.hint ? <dd className="mt-1 text-xs text-slate-600">{s.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
