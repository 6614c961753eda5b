// The import form's input: the uploaded workbook and the mode. The workbook's cells are parsed by the import
// itself (import-catalog.ts), the true edge where a spreadsheet becomes catalog entries.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";
import { MAX_UPLOAD_BYTES } from "./inspect-upload";

export const IMPORT_MODES = ["all-or-nothing", "good-rows-only"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const ZImportForm = z.object({
  file: z
    .instanceof(File, { error: msg("domain.catalog.errors.input.chooseFile") })
    .refine((f) => f.size > 0, msg("domain.catalog.errors.input.chooseFile"))
    // MAX_UPLOAD_BYTES is 5 MB: the message says so.
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, msg("domain.catalog.errors.input.fileTooLarge")),
  mode: z.enum(IMPORT_MODES, { error: msg("domain.catalog.errors.input.chooseMode") }).default("all-or-nothing"),
});
export type TImportForm = z.infer<typeof ZImportForm>;

/** The form as the schema reads it (an empty file input is "no file"). */
export function importFormInput(fd: FormData): unknown {
  const mode = fd.get("mode");
  return { file: fd.get("file") ?? undefined, mode: mode === null ? undefined : mode };
}
