"use client";
import { useI18n } from "@/lib/i18n/client";

/** Prints the current page; hidden on paper. Without JavaScript the browser's own print still works. */
export function PrintButton() {
  const { t } = useI18n();
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M5 2h10v4H5V2zm-2 5h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2zm3 6v3h8v-3H6zm9-4a1 1 0 1 0 0 2 1 1 0 0 0 0-2z" />
      </svg>
      {t("catalog.guide.print")}
    </button>
  );
}
