"use server";
// Language switch: the only server action every visitor may call. An unknown locale keeps the current one
// (the builder answers BAD_INPUT and nothing is set).
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ZLocale } from "@/lib/auth/schemas";
import { LOCALE_COOKIE } from "@/lib/i18n/core";

export const setLocaleAction = defineAction({
  name: "locale.set",
  permission: "locale.set",
  schema: ZLocale,
  fromForm: true,
  run: async ({ input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    revalidatePath("/", "layout");
  },
});
