"use client";
import { useState } from "react";
import { checkUpload, FILE_INPUT_ACCEPT } from "@/lib/files/sniff";
import { useI18n } from "@/lib/i18n/client";
import type { TFunction } from "@/lib/i18n/core";

/** The materials limit (lib/applications/upload-material.ts MAX_MATERIAL_BYTES; that module is server-only). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type UploadResult = { ok: true; fileName: string } | { ok: false; error: string };

/**
 * The browser's check of a chosen file (type by its first bytes, size) before anything is sent; null when
 * it may be sent, else the message to show: the refusal's catalog key translated with `t` (the visitor's
 * locale), or its Chinese words when no `t` is given. The server checks the real bytes again.
 */
export async function checkChosenFile(file: File, t?: TFunction): Promise<string | null> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const check = checkUpload({ fileName: file.name, declaredType: file.type, bytes: head, size: file.size, maxBytes: MAX_UPLOAD_BYTES });
  if (check.ok) return null;
  return t ? t(check.key, check.params) : check.message;
}

export const fileInputClass =
  "mt-1 block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5";

/**
 * A file input that sends the chosen file at once (checked in the browser first). `send` calls the server
 * action; the result is announced here, and `onSent` lets the caller announce it where it stays visible
 * when the page refresh removes this field.
 */
export function UploadField({
  inputId,
  label,
  currentFileName,
  send,
  onSent,
}: {
  inputId: string;
  label: string;
  currentFileName?: string | null;
  send: (file: File) => Promise<UploadResult>;
  onSent?: (fileName: string) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState("");

  async function upload(file: File) {
    setError(null);
    const problem = await checkChosenFile(file, t);
    if (problem) return setError(problem);
    setBusy(true);
    setMessage(t("apply.form.uploading"));
    try {
      const r = await send(file);
      if (!r.ok) {
        setMessage("");
        return setError(r.error);
      }
      setMessage(t("apply.form.uploaded", { fileName: r.fileName }));
      onSent?.(r.fileName);
    } catch {
      setMessage("");
      setError(t("apply.form.networkError"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-2">
      {currentFileName ? (
        <p className="mb-1 break-words font-medium text-green-800" data-testid="uploaded-file">
          {t("apply.form.uploaded", { fileName: currentFileName })}
        </p>
      ) : null}
      <label htmlFor={inputId} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        accept={FILE_INPUT_ACCEPT}
        disabled={busy}
        aria-describedby={error ? `${inputId}-error` : undefined}
        aria-invalid={error ? true : undefined}
        className={fileInputClass}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void upload(file);
        }}
      />
      {currentFileName ? <p className="mt-1 text-sm text-slate-700">{t("apply.form.replaceHint")}</p> : null}
      <p role="status" className="mt-1 text-sm text-slate-800">
        {message}
      </p>
      {error ? (
        <p id={`${inputId}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
