// An inbox notice's parameters in the reader's locale. notify() stores the names a notice quotes as the
// domain had them — catalog data in Chinese (a department's name, matter or material names, alone or joined
// with "、", each perhaps in “”) — so that an English reader would get Chinese names inside an English
// sentence. This translates the parameters whose names say what they hold, by the same data translations the
// pages use (an unknown name stays as it is). Pure: the inbox calls it before filling the catalog sentence.
import type { Locale } from "../core";
import { type DataKind, dataList, dataName } from "./index";

/** Parameter names → the kind of catalog data they hold. */
const KINDS: Readonly<Record<string, DataKind>> = {
  department: "department",
  unit: "department",
  matter: "matter",
  matters: "matter",
  name: "material",
  names: "material",
  material: "material",
  materials: "material",
};

const QUOTED = /^“[^”]+”(?:、“[^”]+”)*$/;

function localizeValue(kind: DataKind, value: string, locale: Locale): string {
  if (QUOTED.test(value)) {
    const items = [...value.matchAll(/“([^”]+)”/g)].map((m) => dataName(kind, null, m[1] ?? "", locale));
    return items.map((item) => `“${item}”`).join(", ");
  }
  if (kind === "department") return dataName(kind, null, value, locale);
  return dataList(kind, value, locale).text;
}

export function localizeNoticeParams<T extends Record<string, string | number>>(params: T, locale: Locale): T {
  if (locale === "zh-CN") return params;
  const out: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const kind = KINDS[key];
    if (kind && typeof value === "string" && value) out[key] = localizeValue(kind, value, locale);
  }
  return out as T;
}
