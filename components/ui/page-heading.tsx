import type { ReactNode } from "react";

export function PageHeading({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-slate-700">{lead}</p> : null}
    </div>
  );
}
