"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ApplyDocument } from "@/lib/applications/get-apply-page";
import { checkUpload, FILE_INPUT_ACCEPT } from "@/lib/files/sniff";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/components/ui/date-time";
import { setPendingAction, uploadMaterialAction } from "@/app/(applicant)/apply/[id]/actions";

const MAX_BYTES = 5 * 1024 * 1024;

/** Materials: one row per distinct document still needed (upload, or 容缺), then those not needed and why. */
export function FormMaterials({ applicationId, documents, restriction }: { applicationId: string; documents: ApplyDocument[]; restriction: string | null }) {
  const { t } = useI18n();
  const needed = documents.filter((d) => !d.notNeeded);
  const notNeeded = documents.filter((d) => d.notNeeded);
  return (
    <section aria-labelledby="materials-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="materials-heading" className="text-xl font-semibold">{t("apply.form.materialsHeading")}</h2>
      <p className="text-slate-700">{t("apply.form.materialsLead")}</p>
      {restriction && needed.some((d) => d.mayBePending) ? (
        <div className="rounded-md border border-amber-400 bg-amber-50 p-3" role="note">
          <p className="font-semibold">{t("apply.form.restrictedHeading")}</p>
          <p>{restriction}</p>
        </div>
      ) : null}
      {needed.length === 0 ? <p>{t("apply.form.noMaterials")}</p> : null}
      <ul className="space-y-3">
        {needed.map((d) => (
          <DocumentRow key={d.documentKey} applicationId={applicationId} doc={d} pendingAllowed={!restriction} />
        ))}
      </ul>
      {notNeeded.length ? (
        <div>
          <h3 className="font-semibold">{t("apply.form.notNeededHeading")}</h3>
          <ul className="mt-1 space-y-1" data-testid="not-needed">
            {notNeeded.map((d) => (
              <li key={d.documentKey} className="break-words text-slate-800">
                {t("common.withNote", { text: d.name, note: d.heldByGovernment ? t("apply.form.heldByGovernment") : t("apply.form.waivedByCommitment") })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function DocumentRow({ applicationId, doc, pendingAllowed }: { applicationId: string; doc: ApplyDocument; pendingAllowed: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  // The checkbox follows the click at once; the page data (deadline) follows after router.refresh().
  const [optimisticPending, setOptimisticPending] = useState<boolean | null>(null);
  const base = `doc-${doc.documentKey.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const matters = doc.matters.filter((m) => !m.waived).map((m) => m.name).join(t("common.listSeparator"));

  async function upload(file: File) {
    setError(null);
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const check = checkUpload({ fileName: file.name, declaredType: file.type, bytes: head, size: file.size, maxBytes: MAX_BYTES });
    if (!check.ok) return setError(check.message);
    const data = new FormData();
    data.set("applicationId", applicationId);
    data.set("documentKey", doc.documentKey);
    data.set("file", file);
    setBusy(true);
    setMessage(t("apply.form.uploading"));
    try {
      const r = await uploadMaterialAction(data);
      if (!r.ok) {
        setMessage("");
        return setError(r.error);
      }
      setMessage(t("apply.form.uploaded", { fileName: r.fileName }));
      router.refresh();
    } catch {
      setMessage("");
      setError(t("apply.form.networkError"));
    } finally {
      setBusy(false);
    }
  }

  async function togglePending(pending: boolean) {
    setError(null);
    setBusy(true);
    setOptimisticPending(pending);
    try {
      const r = await setPendingAction({ applicationId, documentKey: doc.documentKey, pending });
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
  return (
    <li className="rounded-md border border-slate-300 p-3" data-testid={`doc-${doc.documentKey}`}>
      <p className="font-medium break-words">{doc.name}</p>
      <p className="text-sm text-slate-700">{t("apply.form.neededBy", { matters })}</p>
      {doc.isKey ? <p className="text-sm text-slate-800">{t("apply.form.keyMaterial")}</p> : null}
      {doc.uploadedFileName ? (
        <p className="mt-1 break-words font-medium text-green-800" data-testid="uploaded-file">{t("apply.form.uploaded", { fileName: doc.uploadedFileName })}</p>
      ) : null}
      <div className="mt-2">
        <label htmlFor={`${base}-file`} className="block text-sm font-medium">{t("apply.form.fileLabel", { name: doc.name })}</label>
        <input
          id={`${base}-file`}
          type="file"
          accept={FILE_INPUT_ACCEPT}
          disabled={busy}
          aria-describedby={error ? `${base}-error` : undefined}
          aria-invalid={error ? true : undefined}
          className="mt-1 block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void upload(file);
          }}
        />
        {doc.uploadedFileName ? <p className="mt-1 text-sm text-slate-700">{t("apply.form.replaceHint")}</p> : null}
      </div>
      {doc.mayBePending && pendingAllowed && !doc.uploadedFileName ? (
        <div className="mt-2">
          <label className="inline-flex items-start gap-2">
            <input type="checkbox" className="mt-0.5 h-5 w-5" checked={isPending} disabled={busy} onChange={(e) => void togglePending(e.target.checked)} />
            <span>{t("apply.form.pendingLabel")}</span>
          </label>
          {isPending && doc.pendingDeadline ? <p className="text-sm text-slate-800">{t("apply.form.pendingUntil", { deadline: formatDateTime(doc.pendingDeadline!, locale) })}</p> : null}
        </div>
      ) : null}
      <p role="status" className="mt-1 text-sm text-slate-800">{message}</p>
      {error ? <p id={`${base}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">{error}</p> : null}
    </li>
  );
}
