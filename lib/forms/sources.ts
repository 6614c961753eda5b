// Where a pre-filled value comes from, and the portal's placeholder values: stored with the form in the
// zh-CN catalog's words (domain.forms.sources / .values), so the data stays as it was; shown in the visitor's
// locale by looking the stored words up (sourceText). Pure (browser and server).
import type { MessageKey, TFunction } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";

const SOURCES = zhCN.domain.forms.sources;
const VALUES = zhCN.domain.forms.values;

/** The stored words of a source. */
export const sourceWords = (name: keyof typeof SOURCES): string => SOURCES[name];
/** The stored words of a placeholder value. */
export const valueWords = (name: keyof typeof VALUES): string => VALUES[name];

const BY_WORDS = new Map<string, MessageKey>([
  ...Object.entries(SOURCES).map(([k, v]) => [v, `domain.forms.sources.${k}` as MessageKey] as const),
  ...Object.entries(VALUES).map(([k, v]) => [v, `domain.forms.values.${k}` as MessageKey] as const),
]);

/** Stored words (a source or a placeholder value) in the reader's locale; anything else (data) as it is. */
export function sourceText(t: TFunction, stored: string): string {
  const key = BY_WORDS.get(stored);
  return key ? t(key) : stored;
}
