import "server-only";
// What the portal-written documents are built and checked from (online-documents.ts): the form as it
// stands, the signer's real-name identity (实名认证 of the signed-in account), and the registration records
// of any enterprise named as a shareholder (government data the portal holds), and the standard scope terms
// the articles write the 经营范围 in.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { parseShareholders } from "@/lib/forms/shareholders";
import { loadScopeTerms } from "@/lib/scope/load-scope-terms";
import type { ApplicationForm } from "./get-application-form";
import type { DocumentContext } from "./online-documents";

export async function loadDocumentContext(
  db: PrismaClient | Prisma.TransactionClient,
  signer: Pick<SessionUser, "id">,
  form: ApplicationForm,
): Promise<DocumentContext> {
  const text = form.effective["subject.shareholders"];
  const usccs =
    typeof text === "string"
      ? parseShareholders(text)
          .rows.filter((r) => r.idKind === "uscc")
          .map((r) => r.idNumber)
      : [];
  // One query after the other: `db` may be a transaction, which is one connection.
  const user = await db.user.findUnique({ where: { id: signer.id }, select: { displayName: true, realNameIdNumber: true } });
  const enterprises = usccs.length ? await db.enterprise.findMany({ where: { uscc: { in: usccs } }, select: { uscc: true, name: true } }) : [];
  const scopeTerms = await loadScopeTerms(db);
  return {
    values: form.effective,
    dictionary: new Map(form.dictionary.map((d) => [d.key, d])),
    signer: user?.realNameIdNumber ? { name: user.displayName, idNumber: user.realNameIdNumber } : null,
    registered: new Map(enterprises.map((e) => [e.uscc, e.name])),
    scopeTerms,
  };
}
