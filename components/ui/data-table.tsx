import type { ReactNode } from "react";

/**
 * A table that scrolls sideways inside its own box on a phone (the page never does), with column headers
 * and an optional caption for screen readers. Rows come as children (<tr>…</tr>).
 * With a caption the scrolling box is a named, focusable region, so keyboard users can scroll it with the
 * arrow keys even when no cell holds a link or button (WCAG 2.1.1).
 */
export function DataTable({ headers, caption, children, testId }: { headers: ReactNode[]; caption?: string; children: ReactNode; testId?: string }) {
  const region = caption ? ({ role: "region", "aria-label": caption, tabIndex: 0 } as const) : {};
  return (
    <div {...region} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700">
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
