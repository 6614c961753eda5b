/**
 * A line of an English translation of a legal original: English text, with the registry and user data it
 * quotes (names, addresses, the registered business scope) kept in Chinese as `{ zh }` parts, and any line
 * the translator did not recognise kept whole as one `{ zh }` part.
 */
export type LegalPart = string | { zh: string };
export type LegalLine = LegalPart[];

/** True when some part of the translation is Chinese text that is not quoted data (a line left untranslated). */
export function hasUntranslatedLine(lines: LegalLine[]): boolean {
  return lines.some((l) => l.length === 1 && typeof l[0] === "object");
}
