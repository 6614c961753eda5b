"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ApplyDocument } from "@/lib/applications/get-apply-page";
import { useI18n } from "@/lib/i18n/client";
import { dataName } from "@/lib/i18n/data";
import { problemText } from "@/lib/forms/problem";
import { formatDateTime } from "@/components/ui/date-time";
import { UploadField } from "@/components/ui/upload-field";
import type { ApplyActions } from "./apply-actions";
import { GeneratedDocument } from "./form-generated-document";
import { DocumentHeader, docTestId } from "./document-header";

const domId = (doc: ApplyDocument) => `doc-${doc.documentKey.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/**
 * Materials: one row per distinct document still to provide — uploaded (or 容缺), or written by the portal
 * from the form and e-signed — then those not needed and why (government data, commitment, verified online).
 */
export function FormMaterials({
  applicationId,
  documents,
  restriction,
  actions,
}: {
  applicationId: string;
  documents: ApplyDocument[];
  restriction: string | null;
  actions: ApplyActions;
}) {
  const { t, locale } = useI18n();
  const notNeeded = documents.filter((d) => d.route === "government" || d.route === "waived" || d.route === "verified");
  const needed = documents.filter((d) => !notNeeded.includes(d));
  const why = (d: ApplyDocument) =>
    d.route === "government"
      ? t("apply.form.heldByGovernment")
      : d.online?.status === "verified"
        ? problemText(t, d.online.noteProblem)
        : t("apply.form.waivedByCommitment");
  return (
    <section aria-labelledby="materials-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="materials-heading" className="text-xl font-semibold">
        {t("apply.form.materialsHeading")}
      </h2>
      <p className="text-slate-700">{t("apply.form.materialsLead")}</p>
      {restriction && needed.some((d) => d.mayBePending) ? (
        <div className="rounded-md border border-amber-400 bg-amber-50 p-3" role="note">
          <p className="font-semibold">{t("apply.form.restrictedHeading")}</p>
          <p>{restriction}</p>
        </div>
      ) : null}
      {needed.length === 0 ? <p>{t("apply.form.noMaterials")}</p> : null}
      <ul className="space-y-3">
        {needed.map((d) =>
          d.route === "generated" ? (
            // Keyed on the text: when the form changes the text, the consent box starts unticked again.
            <GeneratedDocument
              key={`${d.documentKey}:${d.online?.status === "ready" ? d.online.textHash : d.online?.status}`}
              applicationId={applicationId}
              doc={d}
              upload={<DocumentUpload applicationId={applicationId} doc={d} upload={actions.uploadMaterial} />}
              signDocument={actions.signDocument}
            />
          ) : (
            <DocumentRow key={d.documentKey} applicationId={applicationId} doc={d} pendingAllowed={!restriction} actions={actions} />
          ),
        )}
      </ul>
      {notNeeded.length ? (
        <div>
          <h3 className="font-semibold">{t("apply.form.notNeededHeading")}</h3>
          <ul className="mt-1 space-y-1" data-testid="not-needed">
            {notNeeded.map((d) => (
              <li key={d.documentKey} className="break-words text-slate-800">
                {t("common.withNote", { text: dataName("material", d.documentKey, d.name, locale), note: why(d) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function DocumentRow({
  applicationId,
  doc,
  pendingAllowed,
  actions,
}: {
  applicationId: string;
  doc: ApplyDocument;
  pendingAllowed: boolean;
  actions: ApplyActions;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The checkbox follows the click at once; the page data (deadline) follows after router.refresh().
  const [optimisticPending, setOptimisticPending] = useState<boolean | null>(null);
  const base = domId(doc);

  async function togglePending(pending: boolean) {
    setError(null);
    setBusy(true);
    setOptimisticPending(pending);
    try {
      const r = await actions.setPending({ applicationId, documentKey: doc.documentKey, pending });
      if (!r.ok) {
        setOptimisticPending(null);
        return setError(r.error);
      }
      router.refresh();
    } catch {
      setOptimisticPending(null);
      setError(t("apply.form.networkError"));
    } finally {
      setBusy(false);
    }
  }

  const isPending = optimisticPending ?? doc.pendingDeadline !== null;
  const online = doc.online;
  return (
    <li className="rounded-md border border-slate-300 p-3" data-testid={docTestId(doc)}>
      <DocumentHeader doc={doc} />
      {online?.status === "unavailable" ? <p className="text-sm text-slate-800">{problemText(t, online.reasonProblem)}</p> : null}
      {online?.kind === "verified" && online.status === "incomplete" ? <p className="text-sm text-slate-800">{t("apply.form.verifyHint")}</p> : null}
      <DocumentUpload applicationId={applicationId} doc={doc} upload={actions.uploadMaterial} />
      {doc.mayBePending && pendingAllowed && !doc.uploadedFileName ? (
        <div className="mt-2">
          <label className="inline-flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-0.5 h-5 w-5"
              checked={isPending}
              disabled={busy}
              aria-describedby={error ? `${base}-pending-error` : undefined}
              onChange={(e) => void togglePending(e.target.checked)}
            />
            <span>{t("apply.form.pendingLabel")}</span>
          </label>
          {isPending && doc.pendingDeadline ? (
            <p className="text-sm text-slate-800">{t("apply.form.pendingUntil", { deadline: formatDateTime(doc.pendingDeadline!, locale) })}</p>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p id={`${base}-pending-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** The document's file, sent at once; the page then shows it as uploaded. */
function DocumentUpload({ applicationId, doc, upload }: { applicationId: string; doc: ApplyDocument; upload: ApplyActions["uploadMaterial"] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  return (
    <UploadField
      inputId={`${domId(doc)}-file`}
      label={t("apply.form.fileLabel", { name: dataName("material", doc.documentKey, doc.name, locale) })}
      currentFileName={doc.uploadedFileName}
      send={(file) => {
        const data = new FormData();
        data.set("applicationId", applicationId);
        data.set("documentKey", doc.documentKey);
        data.set("file", file);
        return upload(null, data);
      }}
      onSent={() => router.refresh()}
    />
  );
}
