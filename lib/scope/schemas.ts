// 经营范围登记 at the desk and the term search: inputs shared by the form and the action. Pure. Messages are
// catalog keys (lib/i18n/messages/*/domain/scope.ts), `{maximum}` from the zod issue.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";

const E = "domain.scope.errors";

export const ZRegisterScope = z.object({
  enterpriseId: z
    .string({ error: msg(`${E}.chooseEnterprise`) })
    .trim()
    .min(1, msg(`${E}.chooseEnterprise`)),
  termCodes: z
    .array(
      z
        .string()
        .trim()
        .min(1, msg(`${E}.termInvalid`))
        .max(32, msg(`${E}.termInvalid`)),
      { error: msg(`${E}.chooseTerms`) },
    )
    .min(1, msg(`${E}.chooseTerms`))
    .max(100, msg(`${E}.tooManyTerms`)),
});
export type TRegisterScope = z.infer<typeof ZRegisterScope>;

/** The desk form's fields: the enterprise, and each ticked term as a "terms" checkbox. */
export function readRegisterScope(formData: FormData): z.input<typeof ZRegisterScope> {
  const id = formData.get("enterpriseId");
  return { enterpriseId: typeof id === "string" ? id : "", termCodes: formData.getAll("terms").map(String) };
}

export const ZScopeQuery = z.object({
  q: z.string().trim().max(50).catch(""),
  terms: z.array(z.string().trim().max(32)).max(100).catch([]),
});
