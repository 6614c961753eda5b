import type { ReactNode } from "react";

/**
 * A table that scrolls sideways inside its own box on a phone (the page never does), with column headers
 * and an optional caption for screen readers. Rows come as children (<tr>…</tr>).
 */
export function DataTable({ headers, caption, children, testId }: { headers: ReactNode[]; caption?: string; children: ReactNode; testId?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid={testId}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
