import type { WindowDocument } from "@/lib/approvals/get-window-application";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { shanghaiDay } from "@/lib/calendar/dates";
import { dataNames } from "@/lib/i18n/data";
import { problemText } from "@/lib/forms/problem";
import { MaterialLink } from "@/components/ui/material-link";
import { DataName, Zh } from "@/components/i18n/data-name";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;

/**
 * A file's name as stored: an uploaded file's name is the applicant's, a generated document's (…章程.txt) is the
 * legal original's title; either stays as it is, marked Chinese when it is (WCAG 3.1.2).
 */
function FileLink({ file, t }: { file: { materialId: string; fileName: string }; t: TFunction }) {
  const link = <MaterialLink file={file} text={file.fileName} newWindow={t("window.docs.newWindow")} />;
  return CJK.test(file.fileName) ? <Zh>{link}</Zh> : link;
}

/** How a document reached the application: a file to open, the portal's signed text, a 容缺 promise, or no check needed. */
export function DocumentProvision({ doc, t }: { doc: WindowDocument; t: TFunction }) {
  switch (doc.provided) {
    case "uploaded":
    case "generated":
      return (
        <p className="text-sm" data-testid="provision">
          {t(doc.provided === "uploaded" ? "window.docs.uploaded" : "window.docs.generated")}
          {doc.file ? <FileLink file={doc.file} t={t} /> : null}
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
          {t("window.docs.verified", { note: doc.note ? problemText(t, doc.note) : "" })}
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
export function DocumentTitle({ doc, t, locale }: { doc: WindowDocument; t: TFunction; locale: Locale }) {
  return (
    <>
      <span className="font-medium break-words">
        <DataName kind="material" code={doc.documentKey} zh={doc.name} locale={locale} />
      </span>
      {doc.neededBy.length ? (
        <span className="block text-sm text-slate-700">
          {t("window.docs.neededBy", { matters: dataNames("matter", doc.neededBy, locale, t("common.listSeparator")) })}
        </span>
      ) : null}
      {doc.isKey && doc.checkable ? <span className="block text-sm text-slate-800">{t("window.docs.keyMaterial")}</span> : null}
    </>
  );
}
