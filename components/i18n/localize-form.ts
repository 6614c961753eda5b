import type { ApplicationForm } from "@/lib/applications/build-application-form";
import type { Locale } from "@/lib/i18n/core";
import { dataName } from "@/lib/i18n/data";

type Option = { value: string; label: string };
type Labelled = { key: string; label: string; options: Option[] | null };

/**
 * The merged form with its catalog data (matter names, field labels, choice labels) in the visitor's locale,
 * for display only: values, keys and counters are untouched, so what is saved and signed is the same.
 */
export function localizeForm(form: ApplicationForm, locale: Locale): ApplicationForm {
  if (locale === "zh-CN") return form;
  const options = (o: Option[] | null) => o?.map((x) => ({ ...x, label: dataName("fieldOption", null, x.label, locale) })) ?? null;
  const field = <F extends Labelled>(f: F): F => ({ ...f, label: dataName("field", f.key, f.label, locale), options: options(f.options) });
  const matter = (code: string, name: string) => dataName("matter", code, name, locale);
  return {
    ...form,
    matters: form.matters.map((m) => ({ ...m, name: matter(m.code, m.name) })),
    dictionary: form.dictionary.map(field),
    form: {
      ...form.form,
      shared: form.form.shared.map((s) => ({ ...s, fields: s.fields.map(field) })),
      perMatter: form.form.perMatter.map((s) => ({ ...s, name: matter(s.code, s.name), fields: s.fields.map(field) })),
    },
  };
}
