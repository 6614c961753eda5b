// 注册资本 in one unit: the form, the shareholder contributions, the articles and the decision all speak
// 万元, as the registry does (the registration form's own label is "注册资本（万元）", prisma/seed/data/matters.ts
// BUSINESS_REGISTRATION; a 营业执照 prints "人民币100万元"). The database keeps yuan (Enterprise.registeredCapital,
// Decimal(…, 2)); these two functions are the only conversion between the two. Exact: decimal strings, no
// floating point (0.1 + 0.2 万元 is 3000.00 元).

/** 万元 as the form accepts it: up to 9 digits and up to 6 decimals (6 decimals of 万元 = 2 of 元, the fen). */
const WAN = /^(\d{1,9})(?:\.(\d{1,6}))?$/;
const YUAN = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

/** Whether a typed amount is an amount in 万元 this form accepts (a positive number, at most 6 decimals). */
export function isWanAmount(text: string): boolean {
  const m = WAN.exec(text.trim());
  return m !== null && /[1-9]/.test(`${m[1]}${m[2] ?? ""}`);
}

/** "75.5" (万元) → "755000.00" (元), for Enterprise.registeredCapital; null when empty or not an amount. */
export function wanToYuan(wan: string | null | undefined): string | null {
  const m = wan ? WAN.exec(wan.trim()) : null;
  if (!m) return null;
  const fen = BigInt(`${m[1]}${(m[2] ?? "").padEnd(6, "0")}`);
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, "0")}`;
}

/** "755000.00" or 755000 (元) → "75.5" (万元), trailing zeros cut; null when empty or not an amount. */
export function yuanToWan(yuan: string | number | { toString(): string } | null | undefined): string | null {
  if (yuan === null || yuan === undefined) return null;
  const m = YUAN.exec(String(yuan).trim());
  if (!m) return null;
  const fen = BigInt(`${m[1]}${(m[2] ?? "").padEnd(2, "0")}`);
  const int = fen / 1_000_000n;
  const frac = (fen % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return frac ? `${int}.${frac}` : `${int}`;
}
