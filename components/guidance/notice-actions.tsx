"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";

/** Print and copy-link buttons for the one-time notice. */
export function NoticeActions() {
  const { t } = useI18n();
  const [status, setStatus] = useState<"" | "copied" | "failed">("");
  return (
    <div className="no-print flex flex-wrap items-center gap-3">
      <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
        {t("guide.print")}
      </button>
      <button
        type="button"
        onClick={async () => {
          try {
            if (!navigator.clipboard) throw new Error("no clipboard");
            await navigator.clipboard.writeText(window.location.href);
            setStatus("copied");
          } catch {
            setStatus("failed");
          }
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
      >
        {t("guide.share")}
      </button>
      <span role="status" className={`text-sm ${status === "failed" ? "text-red-800" : "text-green-800"}`}>
        {status === "copied" ? t("guide.copied") : status === "failed" ? t("guide.copyFailed") : ""}
      </span>
    </div>
  );
}
