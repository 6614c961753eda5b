// Locale-independent i18n core (usable on server and client).
import type { Messages } from "./messages/zh-CN";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type TFunction = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function makeT(messages: Messages): TFunction {
  return (key, values) => {
    let node: unknown = messages;
    for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    const text = typeof node === "string" ? node : key;
    return values ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : text;
  };
}

/**
 * A message key where a schema or a domain module names a message (zod's `message`, a notification): the key
 * is checked against the catalog at compile time and translated where it reaches a person.
 */
export function msg(key: MessageKey): MessageKey {
  return key;
}

/**
 * A key or a sentence, translated: a key found in the catalog is translated with its parameters; anything
 * else (a sentence not yet moved into the catalog, a value from the data) is shown as it is.
 */
export function translate(t: TFunction, keyOrText: string, params?: Record<string, string | number>): string {
  return t(keyOrText as MessageKey, params);
}
