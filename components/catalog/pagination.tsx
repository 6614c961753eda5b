import Link from "next/link";
import type { TFunction } from "@/lib/i18n/core";
import { catalogQuery, type TMatterSearchParams } from "@/lib/catalog/query-schemas";

/** Page numbers to show: first, last, and two either side of the current one; null = a gap. */
function pageList(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === "number" && p - last > 1) out.push(null);
    out.push(p);
  }
  return out;
}

const LINK = "inline-flex min-w-10 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-brand-700 hover:bg-brand-50";

export function Pagination({ t, params, page, pageCount }: { t: TFunction; params: TMatterSearchParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `/matters${catalogQuery(params, { page: p })}`;
  return (
    <nav aria-label={t("catalog.pagination.label")} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} className={LINK} rel="prev">
              {t("catalog.pagination.prev")}
            </Link>
          </li>
        ) : null}
        {pageList(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span
                  aria-current="page"
                  className="inline-flex min-w-10 items-center justify-center rounded-md bg-brand-700 px-3 py-2 font-semibold text-white"
                >
                  <span className="sr-only">{t("catalog.pagination.page", { page: p })}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link href={href(p)} className={LINK} aria-label={t("catalog.pagination.page", { page: p })}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} className={LINK} rel="next">
              {t("catalog.pagination.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
