// A problem the Excel import found in one row, as a catalog key with its parameters, and its words for the
// regulator's locale. Pure (no spreadsheet library), so the import form renders the same words in the browser.
import type { MessageParams } from "@/lib/errors";
import { translate, type MessageKey, type TFunction } from "@/lib/i18n/core";
import type { ColumnKey } from "./columns";

/** A column of the sheet, or "materials" (not a column: a schema problem of the materials an existing matter keeps). */
export type ImportColumn = ColumnKey | "materials";

export interface ImportError {
  /** Worksheet row number, as Excel shows it. */
  row: number;
  key: string;
  params: MessageParams;
  /** Lists (e.g. the allowed values, the rows repeating a code), joined in the reader's language. */
  lists?: Record<string, readonly (string | number)[]>;
  /** The column at fault: its title (in the reader's language) is the message's {column}. */
  column?: ImportColumn;
  /** A schema problem: shown as "<column>: <problem>" unless the problem already names its column. */
  prefixed?: boolean;
}

const K = "domain.catalog.errors.row";

/** The column's title as the reader's catalog words it (in Chinese the sheet's own header). */
export function columnTitle(column: ImportColumn, t: TFunction): string {
  return t(`domain.catalog.columns.${column}`);
}

/** "第7行：…" / "Row 7: …". */
export function importErrorText(e: ImportError, t: TFunction): string {
  const params: MessageParams = { ...e.params };
  for (const [name, items] of Object.entries(e.lists ?? {})) params[name] = items.join(t("common.listSeparator"));
  const title = e.column ? columnTitle(e.column, t) : undefined;
  if (title) params.column = title;
  let problem = translate(t, e.key, params);
  if (e.prefixed && title) {
    const bare = title.replace(/\s*[（(].*[）)]$/, "").toLowerCase();
    if (!problem.toLowerCase().includes(bare)) problem = t(`${K}.inColumn`, { column: title, problem });
  }
  return t(`${K}.prefix`, { row: e.row, problem });
}

/** One row problem (the import's own check). */
export function rowProblem(key: MessageKey, params: MessageParams = {}, more: Omit<ImportError, "row" | "key" | "params"> = {}): Omit<ImportError, "row"> {
  return { key, params, ...more };
}
