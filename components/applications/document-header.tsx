"use client";
import type { ApplyDocument } from "@/lib/applications/get-apply-page";
import { useI18n } from "@/lib/i18n/client";
import { dataName } from "@/lib/i18n/data";

export const docTestId = (doc: ApplyDocument) => `doc-${doc.documentKey}`;

/** The document's name, who needs it and whether it is a key material. */
export function DocumentHeader({ doc }: { doc: ApplyDocument }) {
  const { t, locale } = useI18n();
  const matters = doc.matters
    .filter((m) => !m.waived)
    .map((m) => dataName("matter", m.code, m.name, locale))
    .join(t("common.listSeparator"));
  return (
    <>
      <p className="font-medium break-words">{dataName("material", doc.documentKey, doc.name, locale)}</p>
      <p className="text-sm text-slate-700">{t("apply.form.neededBy", { matters })}</p>
      {doc.isKey && doc.route === "upload" ? <p className="text-sm text-slate-800">{t("apply.form.keyMaterial")}</p> : null}
    </>
  );
}
