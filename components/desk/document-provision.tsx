import type { WindowDocument } from "@/lib/approvals/get-window-application";
import type { TFunction } from "@/lib/i18n/core";
import { shanghaiDay } from "@/lib/calendar/dates";
import { MaterialLink } from "@/components/ui/material-link";

/** How a document reached the application: a file to open, the portal's signed text, a 容缺 promise, or no check needed. */
export function DocumentProvision({ doc, t }: { doc: WindowDocument; t: TFunction }) {
  switch (doc.provided) {
    case "uploaded":
    case "generated":
      return (
        <p className="text-sm" data-testid="provision">
          {t(doc.provided === "uploaded" ? "window.docs.uploaded" : "window.docs.generated")}
          {doc.file ? <MaterialLink file={doc.file} text={doc.file.fileName} newWindow={t("window.docs.newWindow")} /> : null}
        </p>
      );
    case "pending":
      return (
        <p className="text-sm" data-testid="provision">
          {t("window.docs.pending", { deadline: doc.pendingDeadline ? shanghaiDay(doc.pendingDeadline) : "" })}
        </p>
      );
    case "verified":
      return (
        <p className="text-sm" data-testid="provision">
          {t("window.docs.verified", { note: doc.note ?? "" })}
        </p>
      );
    default:
      return (
        <p className="text-sm" data-testid="provision">
          {t(`window.docs.${doc.provided}`)}
        </p>
      );
  }
}

/** The document's name and the matters that need it. */
export function DocumentTitle({ doc, t }: { doc: WindowDocument; t: TFunction }) {
  return (
    <>
      <span className="font-medium break-words">{doc.name}</span>
      {doc.neededBy.length ? (
        <span className="block text-sm text-slate-700">{t("window.docs.neededBy", { matters: doc.neededBy.join(t("common.listSeparator")) })}</span>
      ) : null}
      {doc.isKey && doc.checkable ? <span className="block text-sm text-slate-800">{t("window.docs.keyMaterial")}</span> : null}
    </>
  );
}
