// Validation of merged-form values, built from the field dictionary: the same checks run in the browser
// and in the server action. Values travel as strings (MULTISELECT as string[]), as HTML forms send them.
// Every message names the field and says what to do, in Chinese.
import { validateResidentId } from "@/lib/ids/resident-id";
import { validateUscc } from "@/lib/ids/uscc";
import type { FieldDef } from "./merge-form";
import { parseShareholders } from "./shareholders";
import { nameProblem } from "@/lib/forms/name-check";

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
export function addressProblem(label: string, value: string): string | null {
  const v = value.trim();
  if (v.length < ADDRESS_MIN) return `${label}至少 ${ADDRESS_MIN} 个字，请写明区（县）、街道（镇）、路名和门牌号`;
  if (v.length > ADDRESS_MAX) return `${label}不能超过 ${ADDRESS_MAX} 个字（当前 ${v.length} 个字）`;
  if (!/[\u4e00-\u9fff]/.test(v) || !ADDRESS_PLACE.test(v) || !ADDRESS_HOUSE.test(v)) {
    return `${label}请填写完整地址，写明区（县）、街道（镇）、路名和门牌号，例如 上海市金山区石化街道卫零路1号`;
  }
  return null;
}

/** The problem with one value, or null when it is acceptable. Empty values are checked by `missingRequired`. */
export function valueProblem(def: FieldDef, value: FieldValue): string | null {
  const label = `“${def.label}”`;
  const options = new Set((def.options ?? []).map((o) => o.value));
  if (def.type === "MULTISELECT") {
    if (!Array.isArray(value)) return `${label}应为多选，请重新勾选`;
    const bad = value.filter((v) => !options.has(v));
    return bad.length ? `${label}的选项“${bad.join("、")}”不在可选范围内，请重新勾选` : null;
  }
  if (Array.isArray(value)) return `${label}只能填写一个值`;
  const v = value.trim();
  if (v === "") return null;
  if (v.length > 2000) return `${label}不能超过2000个字`;
  if (def.type === "TEXT" && isAddressKey(def.key)) return addressProblem(label, v);
  // A new company's name: the same rules as a 变更登记 (name-check.ts); whether it is free is asked at submission.
  if (def.type === "TEXT" && def.key === "subject.name") return nameProblem(v, label);
  switch (def.type) {
    case "NUMBER":
      return /^\d+(\.\d{1,2})?$/.test(v) && Number(v) <= 1e12 ? null : `${label}请填写数字（最多两位小数），例如 80 或 80.5`;
    case "DATE":
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
        ? null
        : `${label}请填写有效日期，格式为 年-月-日，例如 2026-12-01`;
    case "SELECT":
      return options.has(v) ? null : `${label}请从列表中选择`;
    case "BOOLEAN":
      return v === "yes" || v === "no" ? null : `${label}请选择“是”或“否”`;
    case "PHONE":
      return /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(v.replace(/\s/g, ""))
        ? null
        : `${label}请填写11位手机号码或带区号的固定电话，例如 13800138000 或 021-57930000`;
    case "ID_NUMBER": {
      const r = validateResidentId(v);
      return r.valid ? null : `${label}：${r.message ?? "身份证号码不正确，请核对"}`;
    }
    case "USCC": {
      // A typed code must be a real one: a wrong check character (GB 32100 第4.2条) is a typo or an invented
      // code, never another company's code quietly accepted (issue 15 §2).
      const r = validateUscc(v);
      return r.valid ? null : `${label}：${r.message ?? "统一社会信用代码不正确，请核对"}`;
    }
    case "SHAREHOLDERS": {
      const { problems } = parseShareholders(v);
      return problems.length ? `${label}：${problems.join("；")}` : null;
    }
    default:
      return null;
  }
}

/** A value the applicant actually gave: a non-blank string or a non-empty choice (SCENARIOS.md fieldsTyped counts these). */
export const isFilled = (v: FieldValue | undefined): v is FieldValue => v !== undefined && (Array.isArray(v) ? v.length > 0 : v.trim() !== "");

/** The problem of a value sent for a registry fact (known-values.ts REGISTRY_FIELDS): it is never stored. */
export const registryFactProblem = (label: string) => `“${label}”以企业登记信息为准，不能在申请表中修改；如需更正，请先办理变更登记（我的企业 → 变更登记）`;

/**
 * Problems of all given values (unknown keys included), keyed by field: for autosaving a draft. A value for
 * a registry fact (`registry`) is refused whatever it is.
 */
export function draftProblems(
  values: FormValues,
  dictionary: Map<string, FieldDef>,
  allowed: Set<string>,
  registry: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const def = dictionary.get(key);
    if (!def || !allowed.has(key)) {
      problems[key] = `表单中没有“${key}”这一项，请刷新页面后重试`;
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
export function splitDraft(opts: { values: FormValues; previous: FormValues; problems: Record<string, string>; registry: ReadonlySet<string> }): FormValues {
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
export function missingRequired(required: FieldDef[], values: FormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of required) if (!isFilled(values[def.key])) out[def.key] = `请填写“${def.label}”`;
  return out;
}
