import type { WindowDocument } from "@/lib/approvals/get-window-application";
import type { Locale, TFunction } from "@/lib/i18n/core";
import { DocumentProvision, DocumentTitle } from "./document-provision";

/** Documents read-only: name, who needs it, and how it was provided. */
export function DocumentList({ documents, t, locale, testId }: { documents: WindowDocument[]; t: TFunction; locale: Locale; testId: string }) {
  return (
    <ul className="space-y-2" data-testid={testId}>
      {documents.map((d) => (
        <li key={d.documentKey} className="rounded-md border border-slate-200 bg-white p-3">
          <DocumentTitle doc={d} t={t} locale={locale} />
          <DocumentProvision doc={d} t={t} />
        </li>
      ))}
    </ul>
  );
}
