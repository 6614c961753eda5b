import { Fragment } from "react";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A translated sentence that quotes registry or user data (a person's or an enterprise's name): each quoted
 * value that is Chinese is marked lang="zh-CN" (WCAG 3.1.2 language of parts), the rest is shown as it is.
 */
export function MarkData({ text, data }: { text: string; data: (string | null | undefined)[] }) {
  const values = [...new Set(data.map((d) => d?.trim()).filter((d): d is string => !!d && CJK.test(d)))].sort((a, b) => b.length - a.length);
  if (!values.length) return <>{text}</>;
  const escaped = values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const parts = text.split(new RegExp(`(${escaped.join("|")})`));
  return (
    <>
      {parts.map((p, i) =>
        values.includes(p) ? (
          <span key={i} lang="zh-CN">
            {p}
          </span>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  );
}
