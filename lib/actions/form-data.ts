// Reading a submitted form into the plain object a zod schema parses. Schemas coerce (z.coerce / preprocess)
// where a number or a boolean is meant; this only decides which names are lists.

/**
 * Every field of the form as a string (or a File), a name sent more than once — or named in `lists`, or
 * ending in "[]" — as an array. Empty files (a file input left empty) are dropped. Next's own "$ACTION_" fields are skipped.
 */
export function formObject(formData: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION")) continue;
    const values = formData.getAll(name).filter((v) => typeof v === "string" || v.size > 0);
    const key = name.endsWith("[]") ? name.slice(0, -2) : name;
    out[key] = lists.includes(key) || name.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  for (const key of lists) out[key] ??= [];
  return out;
}

/** A number typed into the form; empty is undefined (the schema then says it is required), never 0. */
export function formNumber(value: FormDataEntryValue | null | undefined): number | undefined {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : undefined;
}
