"use server";
// Language switch: the only server action every visitor may call.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { ZLocale } from "@/lib/auth/schemas";
import { requirePermission } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/core";

export async function setLocaleAction(formData: FormData): Promise<void> {
  await requirePermission("locale.set");
  const parsed = ZLocale.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return; // unknown locale: keep the current one
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  revalidatePath("/", "layout");
}
