import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

/** A header's text, for the label a stacked cell shows above its value ("" when the header is not text). */
function headerText(h: ReactNode): string {
  if (typeof h === "string" || typeof h === "number") return String(h);
  if (Array.isArray(h)) return h.map(headerText).join("");
  if (isValidElement<{ children?: ReactNode }>(h)) return headerText(h.props.children);
  return "";
}

type CellProps = { "data-label"?: string; colSpan?: number; children?: ReactNode };

/**
 * Gives every cell of every row the text of its column header as `data-label`, which the phone layout
 * (app/globals.css, .data-table-cards) shows above the value. Works for <td>/<th> and for cell components
 * that pass `data-label` on to their <td> (e.g. components/desk/queue-tables.tsx ApplicationCell).
 */
function labelRows(children: ReactNode, labels: string[]): ReactNode {
  return Children.map(children, (row) => {
    if (!isValidElement<{ children?: ReactNode }>(row) || row.type !== "tr") return row;
    let column = 0;
    const cells = Children.map(row.props.children, (cell) => {
      if (!isValidElement<CellProps>(cell)) return cell;
      const label = labels[column] ?? "";
      column += Number(cell.props.colSpan ?? 1);
      if (cell.props["data-label"] !== undefined) return cell;
      return cloneElement(cell as ReactElement<CellProps>, { "data-label": label });
    });
    return cloneElement(row, {}, cells);
  });
}

/**
 * A table with column headers and an optional caption for screen readers. Rows come as children (<tr>…</tr>).
 * On a phone (below 640 px) each row becomes a stacked card with the column name above each value, so no
 * column is squeezed to a character a line (issue 15 part 8); `stackOnPhone={false}` keeps a real table
 * that scrolls sideways inside its own box instead (the page never does).
 * With a caption the scrolling box is a named, focusable region, so keyboard users can scroll it with the
 * arrow keys even when no cell holds a link or button (WCAG 2.1.1).
 */
export function DataTable({
  headers,
  caption,
  children,
  testId,
  stackOnPhone = true,
}: {
  headers: ReactNode[];
  caption?: string;
  children: ReactNode;
  testId?: string;
  stackOnPhone?: boolean;
}) {
  const region = caption ? ({ role: "region", "aria-label": caption, tabIndex: 0 } as const) : {};
  const rows = stackOnPhone ? labelRows(children, headers.map(headerText)) : children;
  return (
    <div
      {...region}
      className={`${stackOnPhone ? "data-table-cards " : ""}overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700`}
    >
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
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
