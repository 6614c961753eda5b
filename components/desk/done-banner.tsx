import type { WindowApplication } from "@/lib/approvals/get-window-application";
import type { TFunction } from "@/lib/i18n/core";

export type Done = "accepted" | "returned" | "issued";

/**
 * The outcome of the officer's last step, said from what the database now holds (shown only while the
 * application is where that step put it): where it went, how many problems were told, what was issued.
 */
export function DoneBanner({ done, app, t }: { done: string | undefined; app: WindowApplication; t: TFunction }) {
  let text: string[] = [];
  const openPending = app.pending.filter((p) => p.status === "OPEN").length;
  if (done === "accepted" && app.status === "ACCEPTED") text = [t("window.done.accepted", { count: app.tasks.length })];
  else if (done === "accepted" && app.status === "DECIDED") text = [t("window.done.acceptedDecided")];
  else if (done === "returned" && app.status === "RETURNED") text = [t("window.done.returned", { count: app.returnNotice?.problems.length ?? 0 })];
  else if (done === "issued" && app.status === "ISSUED") text = [t("window.done.issued", { count: app.issued?.licences.length ?? 0 })];
  if (!text.length) return null;
  if (done === "accepted" && openPending) text.push(t("window.done.acceptedPending", { count: openPending }));
  return (
    <div role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="done-banner">
      {text.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
