// What an issued document says of itself: its title (证照名称) and its licensed items. Pure — used at
// issuance (lib/approvals/issue-results.ts), by re-issue, and by the unit test over the whole seeded catalog.
// A permit is named by the document, not by the procedure that grants it: the matter "特种行业许可证核发
// （旅馆业）" issues a "特种行业许可证（旅馆业）". The catalog's certificateName says it where the seed knows
// it (prisma/seed/data/certificate-names.ts); otherwise the title is derived from the matter's name.

type Kind = "BUSINESS" | "PERMIT" | "FILING_RECEIPT";

/** Splits "base（note）" into its base and its trailing parenthesis (full- or half-width), if any. */
function splitNote(name: string): [string, string] {
  const m = /^(.*?)([（(][^（）()]*[）)])$/.exec(name.trim());
  return m ? [m[1] ?? "", m[2] ?? ""] : [name.trim(), ""];
}

/** Procedure words that name the act of granting, not the document granted. */
const PROCEDURE = /(核发|审批|核准|认定|核定|办理|设立登记|登记)$/;

export function certificateTitle(kind: Kind, matter: { name: string; certificateName?: string | null } | null): string {
  const explicit = matter?.certificateName?.trim();
  if (explicit) return explicit;
  if (kind === "BUSINESS" || !matter) return kind === "FILING_RECEIPT" ? "备案回执" : kind === "PERMIT" ? "许可证" : "营业执照";
  const [base, note] = splitNote(matter.name);
  if (kind === "FILING_RECEIPT") return `${base.replace(/回执$/, "")}回执${note}`;
  let doc = base;
  if (!/许可证$|证书?$/.test(doc)) {
    doc = doc.replace(PROCEDURE, "");
    doc = /许可$/.test(doc) ? `${doc}证` : /许可证$|证书?$/.test(doc) ? doc : `${doc}许可证`;
  }
  return `${doc}${note}`;
}

/** The items of a registered business scope: "许可项目：A；B。一般项目：C" → ["A", "B", "C"]. */
export function scopeItems(scope: string): string[] {
  const cleaned = scope
    // The registry's standing notes after each part are not items.
    .replace(/[（(](?:依法须经批准|除依法须经批准|以登记机关)[^（）()]*[）)]/g, "；")
    .replace(/(?:许可项目|一般项目)[：:]/g, "；");
  return cleaned
    .split(/[；;。\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * 许可项目 printed on a permit (or 备案事项 on a filing receipt): the matter's scope terms that the holder's
 * registered scope contains, in the standard wording (exact items, so "食品销售" is not read into
 * "食品销售（仅销售预包装食品）"). When the scope names none of them, all the matter's terms; when the
 * matter maps to no term, its own name.
 */
export function licensedItems(opts: { matterName: string; terms: readonly string[]; businessScope: string }): string[] {
  const held = new Set(scopeItems(opts.businessScope));
  const named = opts.terms.filter((t) => held.has(t));
  if (named.length) return named;
  if (opts.terms.length) return [...opts.terms];
  return [opts.matterName];
}

/** 注册资本 as a licence prints it: yuan → "人民币100万元" (up to four decimals of 万元, trailing zeros cut). */
export function capitalInWan(yuan: string | null): string | null {
  if (yuan === null || yuan.trim() === "") return null;
  const n = Number(yuan);
  if (!Number.isFinite(n)) return null;
  const wan = (Math.round(n) / 10000).toFixed(4).replace(/\.?0+$/, "");
  return wan;
}
