import type { ReactNode } from "react";
import type { ReturnNotice as Notice } from "@/lib/applications/return-notice";
import type { TFunction } from "@/lib/i18n/core";

/**
 * The one return notice (退件, 晋中方案 三(三): 一次性告知): every problem, numbered, as the applicant
 * received it. Heading and lead come translated from the page that shows it (the window, the applicant's
 * tracking page, the form being revised); children follow the list (e.g. the way back to the form).
 */
export function ReturnNotice({
  notice,
  heading,
  lead,
  t,
  children,
}: {
  notice: Notice;
  heading: string;
  lead: string | null;
  t: TFunction;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="return-notice-heading" className="space-y-3 rounded-lg border border-amber-500 bg-amber-50 p-4" data-testid="return-notice">
      <h2 id="return-notice-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {lead ? <p>{lead}</p> : null}
      <ol className="list-decimal space-y-1 pl-6">
        {notice.problems.map((p, i) => (
          <li key={i} className="break-words whitespace-pre-line">
            {p.name ? t("common.labelValue", { label: p.name, value: p.problem }) : p.problem}
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}
