// The shareholder list of a new company (股东（投资人）名称及认缴出资额): one shareholder per line,
// "name  ID number  subscribed capital in 万元", separated by spaces, commas or 、. Structured enough that
// the portal can count shareholders, add up the registered capital, write the articles of association and
// verify identities online instead of asking for ID copies (seeds/002 一、1(3): what government issues and
// can share is not submitted; seeds/004 三(三) 二是: what the one form states is not asked for again as a
// material).
import { normalizeCodeInput } from "@/lib/ids/normalize";
import { validateResidentId } from "@/lib/ids/resident-id";
import { validateUscc } from "@/lib/ids/uscc";
import { yuanToWan } from "./capital";
import { problem, type Problem } from "@/lib/ids/problem";

const E = "domain.forms.errors.shareholders";

export type ShareholderIdKind = "resident-id" | "uscc" | "other";

export interface Shareholder {
  name: string;
  idNumber: string;
  idKind: ShareholderIdKind;
  /** Subscribed capital in 万元. */
  amountWan: number;
}

export const SHAREHOLDER_LINE_EXAMPLE = "张三 310116198001011234 50";

const AMOUNT = /^(\d{1,9}(?:\.\d{1,4})?)(?:万元|万)?$/;
// Passports and other foreign documents: letters and digits only.
const OTHER_ID = /^[A-Z0-9]{5,20}$/;

function idKindOf(id: string): ShareholderIdKind | null {
  if (validateResidentId(id).valid) return "resident-id";
  if (validateUscc(id).valid) return "uscc";
  // An 18-character number that fails both check characters is a typing mistake, not a passport.
  if (id.length === 18) return null;
  return OTHER_ID.test(id) ? "other" : null;
}

/** Parses the list; every problem names its line and says what to write. */
export function parseShareholders(text: string): { rows: Shareholder[]; problems: Problem[] } {
  const rows: Shareholder[] = [];
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  lines.forEach((line, i) => {
    if (!line) return;
    const lineNo = i + 1;
    const parts = line.split(/[\s,，、;；]+/).filter(Boolean);
    // "50 万元": the unit typed apart from the number.
    if (parts.length > 1 && /^万元?$/.test(parts[parts.length - 1]!)) {
      parts.pop();
      parts.push(`${parts.pop()}万`);
    }
    if (parts.length < 3) {
      problems.push(problem(`${E}.columns`, { line: lineNo, example: SHAREHOLDER_LINE_EXAMPLE }));
      return;
    }
    // A foreign name may contain spaces: the last two parts are the number and the amount.
    const name = parts.slice(0, -2).join(" ");
    const [rawId, rawAmount] = parts.slice(-2) as [string, string];
    // Full-width digits from a Chinese input method are the same number (and the same shareholder).
    const idNumber = normalizeCodeInput(rawId);
    const idKind = idKindOf(idNumber);
    if (!idKind) problems.push(problem(`${E}.idInvalid`, { line: lineNo, id: rawId }));
    const amount = AMOUNT.exec(rawAmount);
    const amountWan = amount ? Number(amount[1]) : NaN;
    if (!amount || !(amountWan > 0)) problems.push(problem(`${E}.amount`, { line: lineNo, amount: rawAmount }));
    if (idKind && amountWan > 0) rows.push({ name, idNumber, idKind, amountWan });
  });
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.idNumber)) problems.push(problem(`${E}.duplicate`, { id: r.idNumber }));
    seen.add(r.idNumber);
  }
  return { rows, problems };
}

/** Total subscribed capital in 元, exact to the 元 (amounts have at most 4 decimals of 万元). */
export function totalCapitalYuan(rows: Shareholder[]): number {
  return rows.reduce((sum, r) => sum + Math.round(r.amountWan * 10000), 0);
}

/** Total subscribed capital in 万元 (the registered capital as the form and the articles state it), e.g. "75.5". */
export function totalCapitalWan(rows: Shareholder[]): string {
  return yuanToWan(totalCapitalYuan(rows)) ?? "0";
}
