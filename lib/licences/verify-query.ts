// What a visitor types into the /verify form: a 统一社会信用代码 (→ the enterprise code page, 一码展示) or a
// licence number (YZ/XK/BA…, → that licence's page). Pure; messages are i18n keys of area `verify`.
import { z } from "zod";
import { normalizeCodeInput } from "@/lib/ids/normalize";
import { isValidUscc } from "@/lib/ids/uscc";
import { enterpriseCodePath, licencePath } from "./licence-view";

const LICENCE_NUMBER = /^(YZ|XK|BA)\d{8}-[0-9A-Z]{4,60}$/;

export const ZVerifyQuery = z
  .string({ error: "verify.form.empty" })
  .transform(normalizeCodeInput)
  .pipe(
    z
      .string()
      .min(1, "verify.form.empty")
      .max(80, "verify.form.tooLong")
      .refine((s) => (s.length === 18 && isValidUscc(s)) || LICENCE_NUMBER.test(s), "verify.form.invalid"),
  );

export type VerifyQueryError = "verify.form.empty" | "verify.form.tooLong" | "verify.form.invalid";

/** The page to go to, or the message key of why the input is refused. */
export function verifyTarget(input: unknown): { ok: true; path: string } | { ok: false; error: VerifyQueryError } {
  const parsed = ZVerifyQuery.safeParse(input);
  if (!parsed.success) return { ok: false, error: (parsed.error.issues[0]?.message ?? "verify.form.invalid") as VerifyQueryError };
  const code = parsed.data;
  return { ok: true, path: LICENCE_NUMBER.test(code) ? licencePath(code) : enterpriseCodePath(code) };
}
