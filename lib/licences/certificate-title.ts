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

/**
 * 许可项目 printed on a permit (or 备案事项 on a filing receipt): the matter's scope terms that the holder's
 * registered scope holds (`held`: its standard items, lib/scope/derive-scope.ts parseScope — exact items, so
 * "食品销售" is not read into "食品销售（仅销售预包装食品）"). When the scope names none of them, all the matter's terms; when the
 * matter maps to no term, its own name.
 */
export function licensedItems(opts: { matterName: string; terms: readonly string[]; held: ReadonlySet<string> }): string[] {
  const named = opts.terms.filter((t) => opts.held.has(t));
  if (named.length) return named;
  if (opts.terms.length) return [...opts.terms];
  return [opts.matterName];
}
