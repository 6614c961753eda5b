"use client";
import type { ApplyDocument } from "@/lib/applications/get-apply-page";
import { useI18n } from "@/lib/i18n/client";

export const docTestId = (doc: ApplyDocument) => `doc-${doc.documentKey}`;

/** The document's name, who needs it and whether it is a key material. */
export function DocumentHeader({ doc }: { doc: ApplyDocument }) {
  const { t } = useI18n();
  const matters = doc.matters
    .filter((m) => !m.waived)
    .map((m) => m.name)
    .join(t("common.listSeparator"));
  return (
    <>
      <p className="font-medium break-words">{doc.name}</p>
      <p className="text-sm text-slate-700">{t("apply.form.neededBy", { matters })}</p>
      {doc.isKey && doc.route === "upload" ? <p className="text-sm text-slate-800">{t("apply.form.keyMaterial")}</p> : null}
    </>
  );
}
