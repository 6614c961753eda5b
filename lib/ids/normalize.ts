/**
 * How people type codes: full-width ASCII from a Chinese IME (U+FF01..U+FF5E) → half-width, all
 * whitespace and zero-width characters removed, uppercased. Shared by USCC and resident-ID checks.
 */
export function normalizeCodeInput(input: string): string {
  let out = "";
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp >= 0xff01 && cp <= 0xff5e ? String.fromCharCode(cp - 0xfee0) : ch;
  }
  return out.replace(/[\s\u200b-\u200d\ufeff]+/gu, "").toUpperCase();
}
