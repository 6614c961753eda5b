"use client";
import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ApplyDocument } from "@/lib/applications/get-apply-page";
import { useI18n } from "@/lib/i18n/client";
import { dataName } from "@/lib/i18n/data";
import { problemText } from "@/lib/forms/problem";
import { LegalText } from "@/components/i18n/legal-text";
import { onlineDocumentEn } from "@/lib/applications/online-documents-en";
import { EnglishTitle } from "@/components/i18n/english-title";
import type { ApplyActions } from "./apply-actions";
import { DocumentHeader, docTestId } from "./document-header";

/**
 * A document the portal writes from the form (articles, appointment decision, sign schematic): the
 * applicant reads the exact text and e-signs it — the text's hash is sent with the signature — or
 * uploads their own document instead.
 */
export function GeneratedDocument({
  applicationId,
  doc,
  upload,
  signDocument,
}: {
  applicationId: string;
  doc: ApplyDocument;
  upload: ReactNode;
  signDocument: ApplyActions["signDocument"];
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const online = doc.online!;
  const base = `gen-${doc.documentKey.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const ready = online.status === "ready" ? online : null;

  async function sign() {
    setError(null);
    if (!agreed) return setError(t("apply.form.mustConfirmDocument"));
    setBusy(true);
    try {
      const r = await signDocument({ applicationId, documentKey: doc.documentKey, textHash: ready!.textHash });
      if (!r.ok) return setError(r.error);
      setAgreed(false);
      router.refresh();
    } catch {
      setError(t("apply.form.networkError"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="space-y-2 rounded-md border border-slate-300 p-3" data-testid={docTestId(doc)}>
      <DocumentHeader doc={doc} />
      {doc.uploadedFileName ? null : <p className="text-slate-800">{t("apply.form.generatedLead")}</p>}
      {online.status === "incomplete" && !doc.uploadedFileName ? (
        <div>
          <p className="font-medium">{t("apply.form.generatedIncomplete")}</p>
          <ul className="ml-5 list-disc text-sm">
            {online.issues.map((p) => {
              // The field's label in the visitor's locale (the problem carries its key and the stored label).
              const text = problemText(
                t,
                p,
                p.params?.field ? { label: dataName("field", String(p.params.field), String(p.params.label), locale) } : undefined,
              );
              return (
                <li key={text} className="break-words">
                  {text}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {/* Shown also after an own upload: signing the written text instead replaces that file. */}
      {ready ? (
        <>
          {doc.signed?.current ? (
            <p className="font-semibold text-green-800" data-testid="document-signed">
              {t("apply.form.documentSigned")}
            </p>
          ) : doc.signed ? (
            <p className="font-medium text-red-800">{t("apply.form.documentOutdated")}</p>
          ) : null}
          <div>
            <h3 className="font-medium" id={`${base}-h`}>
              {locale === "zh-CN" ? (
                t("apply.form.generatedText", { title: ready.title })
              ) : (
                <EnglishTitle line={onlineDocumentEn(ready.title)[0] ?? []} render={(title) => t("apply.form.generatedText", { title })} />
              )}
            </h3>
            <LegalText
              labelledBy={`${base}-h`}
              text={ready.text}
              translation={() => onlineDocumentEn(ready.text)}
              locale={locale}
              t={t}
              extra={
                ready.drawing ? (
                  // The stored document itself (a self-contained SVG), so what is shown is what is signed.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img
                    src={`data:${ready.file.contentType},${encodeURIComponent(ready.file.content)}`}
                    alt={t("apply.form.signDrawingLabel", { length: ready.drawing.lengthM, height: ready.drawing.heightM, content: ready.drawing.content })}
                    className="mt-2 w-full max-w-md rounded border border-slate-300 bg-white"
                    data-testid="sign-drawing"
                  />
                ) : null
              }
            />
          </div>
          {doc.signed?.current ? null : (
            <div className="flex flex-wrap items-center gap-3">
              <label className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  checked={agreed}
                  onChange={(e) => setAgreed(e.target.checked)}
                  aria-describedby={[`${base}-h`, error ? `${base}-error` : ""].filter(Boolean).join(" ")}
                />
                <span>{t("apply.form.confirmDocument")}</span>
              </label>
              <button
                type="button"
                disabled={busy}
                onClick={() => void sign()}
                aria-label={t("apply.form.signDocumentNamed", { name: dataName("material", doc.documentKey, doc.name, locale) })}
                className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
              >
                {busy ? t("apply.form.signing") : t("apply.form.signDocument")}
              </button>
            </div>
          )}
          {error ? (
            <p id={`${base}-error`} role="alert" className="text-sm font-medium text-red-800">
              {error}
            </p>
          ) : null}
        </>
      ) : null}
      <details open={doc.uploadedFileName !== null}>
        <summary className="cursor-pointer text-sm font-medium underline">{t("apply.form.uploadOwnInstead")}</summary>
        {upload}
      </details>
    </li>
  );
}
