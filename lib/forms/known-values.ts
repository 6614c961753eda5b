// What the portal already knows about an applicant, keyed by the dictionary's prefillSource
// ("enterprise.name", …) and turned into values for canonical fields. Pure.
// 珠海方案 (001) 二(一)2: "根据企业身份认证信息、已持有证照情况、过往办事记录等，自动提取有关信息填入申请表".
import type { FieldDef, KnownValue } from "./merge-form";
import { sourceWords } from "./sources";

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

/** The signed-in person as the account holds them (实名认证): their name and, once verified, their ID number. */
export interface ApplicantIdentity {
  name: string;
  /** The resident ID number the account was verified with; null when not verified. */
  idNumber: string | null;
}

export const ENTERPRISE_SOURCE = sourceWords("enterprise");
export const IDENTITY_SOURCE = sourceWords("identity");

/**
 * Facts the enterprise registry holds for an EXISTING enterprise (统一社会信用代码, 名称, 类型, 法定代表人,
 * 注册资本, 住所): never the applicant's to type. The form shows them read-only with their source, the server
 * ignores any value sent for them, and a correction is a 变更登记 (issue 15 §2). By field key, not by
 * prefillSource: premises.address also starts from the registered address, but the premises of a shop may
 * legitimately be elsewhere, so it stays a field of its own.
 */
export const REGISTRY_FIELDS: ReadonlySet<string> = new Set([
  "subject.uscc",
  "subject.name",
  "subject.entityType",
  "subject.legalRep.name",
  "subject.legalRep.idNumber",
  "subject.legalRep.idType",
  "subject.registeredCapital",
  "subject.address",
]);

/**
 * For a NEW enterprise the signed-in founder is, by default, its legal representative: their real-name
 * identity fills those fields (correctable: the legal representative may be someone else). Field key →
 * which part of the identity.
 */
const IDENTITY_FIELDS: Record<string, keyof ApplicantIdentity> = {
  "subject.legalRep.name": "name",
  "subject.legalRep.idNumber": "idNumber",
};

/** Sources → values; a field is known when its prefillSource has a non-empty value here. */
export function sourcesOf(opts: { enterprise: EnterpriseProfile | null; applicantName: string }): Record<string, KnownValue> {
  const out: Record<string, KnownValue> = { "applicant.displayName": { value: opts.applicantName, source: sourceWords("account") } };
  const e = opts.enterprise;
  if (!e) return out;
  const put = (key: string, value: string | null) => {
    if (value) out[key] = { value, source: ENTERPRISE_SOURCE, registry: true };
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

/**
 * Known values per canonical field key. A registry-sourced value stays read-only only on a REGISTRY_FIELDS
 * key; elsewhere (premises address, phone) it is a suggestion the applicant may correct. For a new
 * enterprise (`identity` given and no registry record), the founder's real-name identity fills the legal
 * representative's name and ID number.
 */
export function knownFields(dictionary: FieldDef[], sources: Record<string, KnownValue>, identity?: ApplicantIdentity | null): Record<string, KnownValue> {
  const out: Record<string, KnownValue> = {};
  for (const d of dictionary) {
    const v = d.prefillSource ? sources[d.prefillSource] : undefined;
    if (v) {
      const { registry, ...plain } = v;
      out[d.key] = registry && REGISTRY_FIELDS.has(d.key) ? { ...plain, registry } : plain;
      continue;
    }
    const part = identity ? IDENTITY_FIELDS[d.key] : undefined;
    const value = part ? identity![part] : null;
    if (value) out[d.key] = { value, source: IDENTITY_SOURCE };
  }
  return out;
}

/** The keys of the registry facts among the known values: the ones a draft never stores. */
export function registryKeys(known: Record<string, KnownValue>): Set<string> {
  return new Set(
    Object.entries(known)
      .filter(([, v]) => v.registry)
      .map(([k]) => k),
  );
}
