import type { Locale, TFunction } from "@/lib/i18n/core";
import type { DeptTaskDocument, DeptTaskField, DeptTaskView } from "@/lib/approvals/get-dept-task";
import { shanghaiDay } from "@/lib/calendar/dates";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/date-time";
import { MaterialLink } from "@/components/ui/material-link";
import { DataName, Zh } from "@/components/i18n/data-name";
import { dataName, dataText } from "@/lib/i18n/data";
import { sourceText } from "@/lib/forms/sources";
import { problemText } from "@/lib/forms/problem";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;
const CELL = "border-t border-slate-200 px-3 py-2 align-top";

/** A stored document opens through the one scoped file route (read-material.ts). */
function FileLink({ t, file }: { t: TFunction; file: { materialId: string; fileName: string } }) {
  if (!CJK.test(file.fileName)) return <MaterialLink file={file} text={t("deptDesk.task.openFile", { fileName: file.fileName })} />;
  // A Chinese file name (the applicant's, or a generated document's: the legal original's title) stays as stored,
  // marked as Chinese inside the translated "Open file: …" (MaterialLink takes plain text only).
  const [before, after = ""] = t("deptDesk.task.openFile", { fileName: "\u0000" }).split("\u0000");
  return (
    <a href={`/api/materials/${encodeURIComponent(file.materialId)}`} className="wrap-anywhere text-brand-700 underline">
      {before}
      <span lang="zh-CN">{file.fileName}</span>
      {after}
    </a>
  );
}

/**
 * A form value as the applicant chose it: option labels (not stored codes) and the portal's placeholder words in
 * the visitor's locale; what was typed or came from the registry (names, addresses, the business scope) is data,
 * shown as it is and marked Chinese when it has no translation.
 */
function ShownValue({ t, locale, f }: { t: TFunction; locale: Locale; f: DeptTaskField }) {
  if (f.value === null) return <>{t("deptDesk.task.emptyValue")}</>;
  const one = (v: string): { text: string; translated: boolean } => {
    if (f.type === "BOOLEAN" && (v === "yes" || v === "no")) return { text: t(v === "yes" ? "apply.form.yes" : "apply.form.no"), translated: true };
    const option = f.options?.find((o) => o.value === v);
    if (option) return dataText("fieldOption", null, option.label, locale);
    const placeholder = sourceText(t, v);
    if (placeholder !== v) return { text: placeholder, translated: true };
    return locale === "zh-CN" || !CJK.test(v) ? { text: v, translated: true } : dataText("fieldOption", null, v, locale);
  };
  const parts = (Array.isArray(f.value) ? f.value : [f.value]).map(one);
  const text = parts.map((p) => p.text).join(t("common.listSeparator"));
  return parts.every((p) => p.translated) ? <>{text}</> : <Zh>{text}</Zh>;
}

/** The part of the one merged form the department's matters need, grouped as the applicant saw it. */
export function TaskFormValues({ t, locale, groups }: { t: TFunction; locale: Locale; groups: DeptTaskView["form"] }) {
  if (!groups.length) return <p className="text-slate-700">{t("deptDesk.task.formEmpty")}</p>;
  return (
    <div className="space-y-4" data-testid="task-form">
      <p className="text-sm text-slate-700">{t("deptDesk.task.formLead")}</p>
      {groups.map((g) => {
        const heading =
          "topic" in g.heading
            ? t(`apply.form.topics.${g.heading.topic}`)
            : t("deptDesk.task.formMatter", { name: dataName("matter", null, g.heading.matter, locale) });
        return (
          <div key={heading} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="mb-2 font-semibold">{heading}</h3>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(8rem,max-content)_1fr]">
              {g.fields.map((f) => (
                <div key={f.key} className="contents">
                  <dt className="font-medium text-slate-700">
                    <DataName kind="field" code={f.key} zh={f.label} locale={locale} />
                  </dt>
                  <dd className={`whitespace-pre-wrap break-words ${f.value === null ? "text-slate-600" : "text-slate-900"}`} data-field={f.key}>
                    <ShownValue t={t} locale={locale} f={f} />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </div>
  );
}

function provided(t: TFunction, d: DeptTaskDocument) {
  if (d.route === "government") return t("deptDesk.task.government");
  if (d.route === "waived") return t("deptDesk.task.waived");
  const pending = d.pending
    ? d.pending.status === "OPEN"
      ? t("deptDesk.task.pendingOpen", { deadline: shanghaiDay(d.pending.deadline) })
      : d.pending.status === "OVERDUE"
        ? t("deptDesk.task.pendingOverdue", { deadline: shanghaiDay(d.pending.deadline) })
        : t("deptDesk.task.pendingSupplemented")
    : null;
  const notes = [
    d.route === "verified" ? (d.verifiedNote ? problemText(t, d.verifiedNote) : t("deptDesk.task.verified")) : null,
    d.file?.generated ? t("deptDesk.task.generated") : null,
    pending,
    !d.file && !pending && d.route !== "verified" ? t("deptDesk.task.notProvided") : null,
  ].filter((x): x is string => x !== null);
  return (
    <>
      {d.file ? (
        <p>
          <FileLink t={t} file={d.file} />
        </p>
      ) : null}
      {notes.map((n) => (
        <p key={n} className="text-sm text-slate-700">
          {n}
        </p>
      ))}
    </>
  );
}

/** Every document the department's matters ask for, and how it reached the application. */
export function TaskDocuments({ t, locale, documents }: { t: TFunction; locale: Locale; documents: DeptTaskDocument[] }) {
  if (!documents.length) return <p className="text-slate-700">{t("deptDesk.task.documentsEmpty")}</p>;
  return (
    <DataTable
      caption={t("deptDesk.task.documentsCaption")}
      testId="task-documents"
      headers={[t("deptDesk.task.colDocument"), t("deptDesk.task.colNeededBy"), t("deptDesk.task.colProvided")]}
    >
      {documents.map((d) => (
        <tr key={d.documentKey} data-document={d.documentKey} data-route={d.route}>
          <th scope="row" className={`${CELL} min-w-40 font-medium`}>
            <DataName kind="material" code={d.documentKey} zh={d.name} locale={locale} />
            {d.isKey ? <span className="ml-2 rounded border border-slate-500 px-1.5 py-0.5 text-xs font-normal">{t("deptDesk.task.keyMaterial")}</span> : null}
          </th>
          <td className={`${CELL} min-w-32`}>
            {d.matters
              .map((m) => {
                const name = dataName("matter", null, m.name, locale);
                return m.waived ? t("deptDesk.task.waivedFor", { name }) : name;
              })
              .join(t("common.listSeparator"))}
          </td>
          <td className={`${CELL} min-w-48`}>{provided(t, d)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** 补正: each request as written, and the applicant's answer (with its file) or that it is awaited. */
export function TaskCorrections({ t, locale, corrections }: { t: TFunction; locale: Locale; corrections: DeptTaskView["corrections"] }) {
  if (!corrections.length) return <p className="text-slate-700">{t("deptDesk.task.correctionsEmpty")}</p>;
  return (
    <ol className="space-y-3" data-testid="task-corrections">
      {corrections.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-700">{t("deptDesk.task.correctionRequested", { time: formatDateTime(c.requestedAt, locale) })}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{c.request}</p>
          {c.answeredAt ? (
            <div className="mt-3 border-l-4 border-slate-300 pl-3">
              <p className="text-sm text-slate-700">{t("deptDesk.task.correctionAnswered", { time: formatDateTime(c.answeredAt, locale) })}</p>
              <p className="mt-1 whitespace-pre-wrap break-words">{c.answer}</p>
              {c.file ? (
                <p className="mt-1">
                  <FileLink t={t} file={c.file} />
                </p>
              ) : null}
            </div>
          ) : (
            <p className="mt-3 font-medium text-amber-900">{t("deptDesk.task.correctionOpen")}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
