// Registry facts are read-only; the founder's real-name identity fills a new company's legal representative.
import { describe, expect, it } from "vitest";
import { fields } from "@/prisma/seed/data/fields";
import { enterprises, RESTAURANT_USCC } from "@/prisma/seed/data/enterprises";
import type { FieldDef } from "./merge-form";
import { IDENTITY_SOURCE, knownFields, REGISTRY_FIELDS, registryKeys, sourcesOf } from "./known-values";

const dictionary: FieldDef[] = fields.map((f, i) => ({
  key: f.key,
  label: f.label,
  topic: f.topic,
  type: f.type,
  options: f.options ?? null,
  prefillSource: f.prefillSource,
  sortOrder: i * 10,
}));
const restaurant = enterprises.find((x) => x.uscc === RESTAURANT_USCC)!;
const profile = { ...restaurant, registeredCapital: restaurant.registeredCapital === null ? null : String(restaurant.registeredCapital) };

describe("registry facts of an existing enterprise", () => {
  it("USCC, name, type, legal representative, capital and registered address are read-only; premises and phone are not", () => {
    const known = knownFields(dictionary, sourcesOf({ enterprise: profile, applicantName: "李娜" }));
    const locked = registryKeys(known);
    for (const key of [
      "subject.uscc",
      "subject.name",
      "subject.entityType",
      "subject.legalRep.name",
      "subject.legalRep.idNumber",
      "subject.registeredCapital",
      "subject.address",
    ]) {
      expect(locked.has(key), key).toBe(true);
    }
    expect(known["subject.uscc"]).toEqual({ value: RESTAURANT_USCC, source: "企业登记信息", registry: true });
    // Same source, but the applicant's own field (a shop may be elsewhere): a suggestion, correctable.
    expect(known["premises.address"]).toEqual({ value: restaurant.address, source: "企业登记信息" });
    expect(locked.has("premises.address")).toBe(false);
    expect(locked.has("subject.phone")).toBe(false);
    for (const key of locked) expect(REGISTRY_FIELDS.has(key)).toBe(true);
  });

  it("the founder's identity never overrides a registered legal representative", () => {
    const known = knownFields(dictionary, sourcesOf({ enterprise: profile, applicantName: "李娜" }), { name: "别人", idNumber: "11010519491231002X" });
    expect(known["subject.legalRep.name"]?.value).toBe(restaurant.legalRepName);
  });
});

describe("a new company: the signed-in founder's real-name identity", () => {
  it("pre-fills the legal representative's name and ID number with its source; nothing is read-only", () => {
    const known = knownFields(dictionary, sourcesOf({ enterprise: null, applicantName: "陈晨" }), { name: "陈晨", idNumber: "11010519491231002X" });
    expect(known["subject.legalRep.name"]).toEqual({ value: "陈晨", source: IDENTITY_SOURCE });
    expect(known["subject.legalRep.idNumber"]).toEqual({ value: "11010519491231002X", source: IDENTITY_SOURCE });
    expect(known["subject.contact.name"]).toEqual({ value: "陈晨", source: "登录账户" });
    expect(registryKeys(known).size).toBe(0);
  });

  it("an account not verified by real name gives no ID number", () => {
    const known = knownFields(dictionary, sourcesOf({ enterprise: null, applicantName: "赵新" }), { name: "赵新", idNumber: null });
    expect(known["subject.legalRep.idNumber"]).toBeUndefined();
  });
});
