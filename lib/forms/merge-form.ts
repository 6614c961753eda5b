// 一表申请: merge the separate forms of several matters into one, each canonical field asked once.
// 珠海方案 三(一)2 "多表合一…剔除重复项…根据企业身份认证信息、已持有证照情况、过往办事记录等，自动提取有关
// 信息填入申请表"; metric definitions: ../shared/SCENARIOS.md (fieldsBaseline, fieldsTyped).
// Pure: no database. The caller loads matters, the field dictionary and the known values.

export type Topic = "SUBJECT" | "PREMISES" | "PERSONNEL" | "FACILITIES" | "BUSINESS";
export const TOPIC_ORDER: Topic[] = ["SUBJECT", "PREMISES", "PERSONNEL", "FACILITIES", "BUSINESS"];

export interface FieldDef {
  key: string;
  label: string;
  topic: Topic;
  type: string;
  options: { value: string; label: string }[] | null;
  prefillSource: string | null;
  sortOrder: number;
}

export interface FormMatter {
  code: string;
  name: string;
  fields: { fieldKey: string; formLabel: string; required: boolean }[];
}

export interface KnownValue {
  value: string;
  /** Where it came from, shown next to the field ("企业登记信息", "已持有的食品经营许可证", …). */
  source: string;
  /**
   * A fact the enterprise registry holds (known-values.ts REGISTRY_FIELDS): read-only in the form, never
   * taken from the client; a correction is a 变更登记 (/my/enterprise), not an edit here.
   */
  registry?: true;
}

export interface MergedField {
  key: string;
  label: string;
  topic: Topic;
  type: string;
  options: { value: string; label: string }[] | null;
  required: boolean;
  /** Matters whose own form asks for it. */
  usedBy: string[];
  /**
   * A value the portal already holds; the field is shown with its source and can be corrected here, unless
   * it is a registry fact (`known.registry`), which only a 变更登记 changes.
   */
  known: KnownValue | null;
}

export interface MergedForm {
  /** Fields several matters ask for, once each, by topic. */
  shared: { topic: Topic; fields: MergedField[] }[];
  /** Fields only one matter asks for, under that matter. */
  perMatter: { code: string; name: string; fields: MergedField[] }[];
  /** Σ over the matters of the fields on each one's own form. */
  fieldsBaseline: number;
  /** Distinct fields in the merged form. */
  distinctFields: number;
  /** Distinct fields the applicant must still type or choose (no known value). */
  toType: number;
}

/** Every field of the merged form, shared ones first. */
export function allFields(form: Pick<MergedForm, "shared" | "perMatter">): MergedField[] {
  return [...form.shared.flatMap((g) => g.fields), ...form.perMatter.flatMap((s) => s.fields)];
}

export function mergeForm(opts: { matters: FormMatter[]; dictionary: FieldDef[]; known: Record<string, KnownValue> }): MergedForm {
  const defs = new Map(opts.dictionary.map((d) => [d.key, d]));
  const byKey = new Map<string, MergedField & { sortOrder: number }>();
  let fieldsBaseline = 0;
  for (const m of opts.matters) {
    for (const f of m.fields) {
      fieldsBaseline += 1;
      const def = defs.get(f.fieldKey);
      if (!def) throw new Error(`field ${f.fieldKey} of ${m.code} is not in the dictionary`);
      const merged = byKey.get(def.key) ?? {
        key: def.key,
        label: def.label,
        topic: def.topic,
        type: def.type,
        options: def.options,
        required: false,
        usedBy: [],
        known: opts.known[def.key] ?? null,
        sortOrder: def.sortOrder,
      };
      merged.required ||= f.required;
      if (!merged.usedBy.includes(m.code)) merged.usedBy.push(m.code);
      byKey.set(def.key, merged);
    }
  }
  const all = [...byKey.values()].sort((a, b) => a.sortOrder - b.sortOrder);
  const strip = ({ sortOrder: _s, ...f }: MergedField & { sortOrder: number }): MergedField => f;
  const shared = TOPIC_ORDER.map((topic) => ({
    topic,
    fields: all.filter((f) => f.topic === topic && f.usedBy.length > 1).map(strip),
  })).filter((g) => g.fields.length > 0);
  const perMatter = opts.matters
    .map((m) => ({ code: m.code, name: m.name, fields: all.filter((f) => f.usedBy.length === 1 && f.usedBy[0] === m.code).map(strip) }))
    .filter((s) => s.fields.length > 0);
  return {
    shared,
    perMatter,
    fieldsBaseline,
    distinctFields: all.length,
    toType: all.filter((f) => f.known === null).length,
  };
}
