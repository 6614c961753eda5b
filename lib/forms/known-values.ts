// What the portal already knows about an applicant, keyed by the dictionary's prefillSource
// ("enterprise.name", …) and turned into values for canonical fields. Pure.
import type { FieldDef, KnownValue } from "./merge-form";

export interface EnterpriseProfile {
  name: string;
  uscc: string;
  entityType: string;
  registeredCapital: string | null;
  address: string;
  legalRepName: string;
  legalRepIdNumber: string;
  phone: string;
  businessScope: string;
}

const ENTERPRISE_SOURCE = "企业登记信息";

/** Sources → values; a field is known when its prefillSource has a non-empty value here. */
export function sourcesOf(opts: { enterprise: EnterpriseProfile | null; applicantName: string }): Record<string, KnownValue> {
  const out: Record<string, KnownValue> = { "applicant.displayName": { value: opts.applicantName, source: "登录账户" } };
  const e = opts.enterprise;
  if (!e) return out;
  const put = (key: string, value: string | null) => {
    if (value) out[key] = { value, source: ENTERPRISE_SOURCE };
  };
  put("enterprise.name", e.name);
  put("enterprise.uscc", e.uscc);
  put("enterprise.entityType", e.entityType);
  put("enterprise.registeredCapital", e.registeredCapital);
  put("enterprise.address", e.address);
  put("enterprise.legalRepName", e.legalRepName);
  put("enterprise.legalRepIdNumber", e.legalRepIdNumber);
  // An 18-character number is a 居民身份证 (GB 11643): the ID type follows from it.
  if (/^\d{17}[\dX]$/i.test(e.legalRepIdNumber)) put("enterprise.legalRepIdType", "resident-id");
  put("enterprise.phone", e.phone);
  put("enterprise.businessScope", e.businessScope);
  return out;
}

/** Known values per canonical field key. */
export function knownFields(dictionary: FieldDef[], sources: Record<string, KnownValue>): Record<string, KnownValue> {
  const out: Record<string, KnownValue> = {};
  for (const d of dictionary) {
    const v = d.prefillSource ? sources[d.prefillSource] : undefined;
    if (v) out[d.key] = v;
  }
  return out;
}
