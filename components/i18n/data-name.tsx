import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/core";
import { type DataKind, dataText } from "@/lib/i18n/data";

/**
 * A piece of catalog data (a matter, department, material, field or question name) in the visitor's locale.
 * Without a translation for exactly this text the Chinese is shown, marked lang="zh-CN" (WCAG 3.1.2). No hooks:
 * server and client components both use it, passing their locale.
 */
export function DataName({ kind, code, zh, locale }: { kind: DataKind; code?: string | null; zh: string; locale: Locale }) {
  const d = dataText(kind, code, zh, locale);
  return d.translated ? <>{d.text}</> : <Zh>{d.text}</Zh>;
}

/**
 * Registry and user data that stays as typed (enterprise and people's names, addresses, the registered
 * business scope 经营范围, a legal citation): marked as Chinese so screen readers and the English-page check
 * know its language (WCAG 3.1.2 language of parts).
 */
export function Zh({ children, block = false }: { children: ReactNode; block?: boolean }) {
  return block ? <div lang="zh-CN">{children}</div> : <span lang="zh-CN">{children}</span>;
}
