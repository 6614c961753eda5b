import "server-only";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, makeT, type Locale } from "./core";
import zhCN, { type Messages } from "./messages/zh-CN";
import en from "./messages/en";

const CATALOGS: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getI18n() {
  const locale = await getLocale();
  const messages = CATALOGS[locale];
  return { locale, messages, t: makeT(messages) };
}
