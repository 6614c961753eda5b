// Validation of merged-form values, built from the field dictionary: the same checks run in the browser
// and in the server action. Values travel as strings (MULTISELECT as string[]), as HTML forms send them.
// Every problem names the field and says what to do: a catalog key (lib/i18n/messages/*/domain/forms.ts) with
// its parameters, {label} the field's label in quotes (the browser passes its own, in the visitor's locale).
import { validateResidentId } from "@/lib/ids/resident-id";
import { validateUscc } from "@/lib/ids/uscc";
import type { FieldDef } from "./merge-form";
import { parseShareholders } from "./shareholders";
import { nameIssue } from "@/lib/forms/name-check";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { problem, problemText, type Problem } from "./problem";

const E = "domain.forms.errors";
/** A field's label as the problems name it (“…”, the same in both locales). */
export const quoted = (label: string) => `“${label}”`;

export type FieldValue = string | string[];
export type FormValues = Record<string, FieldValue>;

export const ADDRESS_MIN = 6;
export const ADDRESS_MAX = 200;
/** 市 / 区 / 县 / 镇 / 乡 / 街道 or a zone: an address says where in the administrative map it is. */
const ADDRESS_PLACE = /(省|市|区|县|旗|镇|乡|街道|园区|开发区)/;
/** …and down to a building: a number (门牌号), 号, 弄, 幢/栋, 室, or a village group. */
const ADDRESS_HOUSE = /(\d|号|弄|幢|栋|室|村|组)/;

/** Address fields by key (住所, 经营场所地址, 仓库地址…): their values get the address check below. */
export const isAddressKey = (key: string) => /(^|\.)([a-z]+A|a)ddress$/.test(key);

/**
 * A postal address as the registry and the departments need it: Chinese, complete down to the house
 * number (e.g. 上海市金山区石化街道卫零路1号). Shared by the one form and the 变更登记 request.
 */
export function addressIssue(label: string, value: string): Problem | null {
  const v = value.trim();
  if (v.length < ADDRESS_MIN) return problem(`${E}.address.tooShort`, { label, minimum: ADDRESS_MIN });
  if (v.length > ADDRESS_MAX) return problem(`${E}.address.tooLong`, { label, maximum: ADDRESS_MAX, length: v.length });
  if (!/[\u4e00-\u9fff]/.test(v) || !ADDRESS_PLACE.test(v) || !ADDRESS_HOUSE.test(v)) return problem(`${E}.address.incomplete`, { label });
  return null;
}

/**
 * @deprecated The same problem as a Chinese sentence, for callers not moved to `addressIssue` yet (its
 * words come from the zh-CN catalog; the English UI needs `addressIssue`).
 */
export function addressProblem(label: string, value: string): string | null {
  const p = addressIssue(label, value);
  return p ? problemText(makeT(zhCN), p) : null;
}

/** The problem with one value, or null when it is acceptable. Empty values are checked by `missingRequired`. */
export function valueProblem(def: FieldDef, value: FieldValue): Problem | null {
  const label = quoted(def.label);
  const options = new Set((def.options ?? []).map((o) => o.value));
  if (def.type === "MULTISELECT") {
    if (!Array.isArray(value)) return problem(`${E}.value.notMulti`, { label });
    const bad = value.filter((v) => !options.has(v));
    return bad.length ? problem(`${E}.value.badOptions`, { label, options: bad.join("”“") }) : null;
  }
  if (Array.isArray(value)) return problem(`${E}.value.single`, { label });
  const v = value.trim();
  if (v === "") return null;
  if (v.length > 2000) return problem(`${E}.value.tooLong`, { label, maximum: 2000 });
  if (def.type === "TEXT" && isAddressKey(def.key)) return addressIssue(label, v);
  // A new company's name: the same rules as a 变更登记 (name-check.ts); whether it is free is asked at submission.
  if (def.type === "TEXT" && def.key === "subject.name") return nameIssue(v, label);
  const detailed = (parts: readonly Problem[]) => problem(`${E}.value.withDetail`, { label }, parts);
  switch (def.type) {
    case "NUMBER":
      return /^\d+(\.\d{1,2})?$/.test(v) && Number(v) <= 1e12 ? null : problem(`${E}.value.number`, { label });
    case "DATE":
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
        ? null
        : problem(`${E}.value.date`, { label });
    case "SELECT":
      return options.has(v) ? null : problem(`${E}.value.select`, { label });
    case "BOOLEAN":
      return v === "yes" || v === "no" ? null : problem(`${E}.value.boolean`, { label });
    case "PHONE":
      return /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(v.replace(/\s/g, "")) ? null : problem(`${E}.value.phone`, { label });
    case "ID_NUMBER": {
      const r = validateResidentId(v);
      return r.valid ? null : detailed(r.problems);
    }
    case "USCC": {
      // A typed code must be a real one: a wrong check character (GB 32100 第4.2条) is a typo or an invented
      // code, never another company's code quietly accepted (issue 15 §2).
      const r = validateUscc(v);
      return r.valid ? null : detailed(r.problems);
    }
    case "SHAREHOLDERS": {
      const { problems } = parseShareholders(v);
      return problems.length ? detailed(problems) : null;
    }
    default:
      return null;
  }
}

/** A value the applicant actually gave: a non-blank string or a non-empty choice (SCENARIOS.md fieldsTyped counts these). */
export const isFilled = (v: FieldValue | undefined): v is FieldValue => v !== undefined && (Array.isArray(v) ? v.length > 0 : v.trim() !== "");

/** The problem of a value sent for a registry fact (known-values.ts REGISTRY_FIELDS): it is never stored. */
export const registryFactProblem = (label: string): Problem => problem(`${E}.registryFact`, { label: quoted(label) });

/**
 * Problems of all given values (unknown keys included), keyed by field: for autosaving a draft. A value for
 * a registry fact (`registry`) is refused whatever it is.
 */
export function draftProblems(
  values: FormValues,
  dictionary: Map<string, FieldDef>,
  allowed: Set<string>,
  registry: ReadonlySet<string> = new Set(),
): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const [key, value] of Object.entries(values)) {
    const def = dictionary.get(key);
    if (!def || !allowed.has(key)) {
      problems[key] = problem(`${E}.unknownField`, { key });
      continue;
    }
    if (registry.has(key)) {
      problems[key] = registryFactProblem(def.label);
      continue;
    }
    const p = valueProblem(def, value);
    if (p) problems[key] = p;
  }
  return problems;
}

/**
 * A partial autosave (issue 15 §6): the acceptable values are kept, each refused one keeps what was stored
 * for it before (so a typo never erases a saved value), and the refused ones are answered per field. Blank
 * values are dropped (a cleared field is not "typed"); registry facts are never stored.
 */
export function splitDraft(opts: { values: FormValues; previous: FormValues; problems: Record<string, Problem>; registry: ReadonlySet<string> }): FormValues {
  const kept: FormValues = {};
  for (const [k, v] of Object.entries(opts.values)) {
    if (opts.problems[k] !== undefined) continue;
    if (isFilled(v)) kept[k] = Array.isArray(v) ? v : v.trim();
  }
  for (const [k, v] of Object.entries(opts.previous)) {
    if (opts.problems[k] !== undefined && !opts.registry.has(k) && k in opts.values && isFilled(v)) kept[k] = v;
  }
  return kept;
}

/** Required fields still empty (counting known values as filled): for submitting. */
export function missingRequired(required: FieldDef[], values: FormValues): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  for (const def of required) if (!isFilled(values[def.key])) out[def.key] = problem(`${E}.required`, { label: quoted(def.label) });
  return out;
}
