// Validation of merged-form values, built from the field dictionary: the same checks run in the browser
// and in the server action. Values travel as strings (MULTISELECT as string[]), as HTML forms send them.
// Every message names the field and says what to do, in Chinese.
import { validateResidentId } from "@/lib/ids/resident-id";
import { validateUscc } from "@/lib/ids/uscc";
import type { FieldDef } from "./merge-form";
import { parseShareholders } from "./shareholders";

export type FieldValue = string | string[];
export type FormValues = Record<string, FieldValue>;

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
      return /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(v.replace(/\s/g, "")) ? null : `${label}请填写11位手机号码或带区号的固定电话，例如 13800138000 或 021-57930000`;
    case "ID_NUMBER": {
      const r = validateResidentId(v);
      return r.valid ? null : `${label}：${r.message ?? "身份证号码不正确，请核对"}`;
    }
    case "USCC": {
      const r = validateUscc(v);
      // A wrong check character is a warning (GB 32100), so it is accepted here and shown to the officer.
      return r.valid || (r.issues.length === 1 && r.issues[0] === "CHECK_CHAR") ? null : `${label}：${r.message ?? "统一社会信用代码不正确，请核对"}`;
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

/** Problems of all given values (unknown keys included), keyed by field: for autosaving a draft. */
export function draftProblems(values: FormValues, dictionary: Map<string, FieldDef>, allowed: Set<string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const def = dictionary.get(key);
    if (!def || !allowed.has(key)) {
      problems[key] = `表单中没有“${key}”这一项，请刷新页面后重试`;
      continue;
    }
    const p = valueProblem(def, value);
    if (p) problems[key] = p;
  }
  return problems;
}

/** Required fields still empty (counting known values as filled): for submitting. */
export function missingRequired(required: FieldDef[], values: FormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of required) if (!isFilled(values[def.key])) out[def.key] = `请填写“${def.label}”`;
  return out;
}
