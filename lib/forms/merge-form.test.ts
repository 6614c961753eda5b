// The merged form over the seeded catalog: each field once, baseline = Σ separate forms, and the S1/S2
// numbers the reform is judged by (../shared/SCENARIOS.md).
import { describe, expect, it } from "vitest";
import { fields } from "@/prisma/seed/data/fields";
import { matters } from "@/prisma/seed/data/matters";
import { enterprises, RESTAURANT_USCC } from "@/prisma/seed/data/enterprises";
import { allFields, mergeForm, type FieldDef, type FormMatter } from "./merge-form";
import { knownFields, sourcesOf } from "./known-values";

const dictionary: FieldDef[] = fields.map((f, i) => ({
  key: f.key,
  label: f.label,
  topic: f.topic,
  type: f.type,
  options: f.options ?? null,
  prefillSource: f.prefillSource,
  sortOrder: i * 10,
}));
const formOf = (code: string): FormMatter => {
  const m = matters.find((x) => x.code === code)!;
  return { code: m.code, name: m.name, fields: m.fields };
};

const S1 = ["BUSINESS_REGISTRATION", "PREPACKAGED_FOOD_FILING", "LIQUOR_RETAIL", "TOBACCO_RETAIL", "PUBLICATION_RETAIL", "OUTDOOR_SIGN_FILING"];
const S2 = ["FOOD_OPERATION", "LIQUOR_RETAIL", "OUTDOOR_SIGN_FILING"];

describe("mergeForm", () => {
  it("asks each canonical field once; baseline counts every separate form's fields", () => {
    const form = mergeForm({ matters: S1.map(formOf), dictionary, known: {} });
    const all = allFields(form);
    expect(new Set(all.map((f) => f.key)).size).toBe(all.length);
    expect(all.length).toBe(form.distinctFields);
    expect(form.fieldsBaseline).toBe(S1.reduce((n, c) => n + formOf(c).fields.length, 0));
    expect(form.distinctFields).toBeLessThan(form.fieldsBaseline);
    // Shared fields are asked by several matters; the rest sit under the one matter that needs them.
    for (const g of form.shared) for (const f of g.fields) expect(f.usedBy.length).toBeGreaterThan(1);
    for (const s of form.perMatter) for (const f of s.fields) expect(f.usedBy).toEqual([s.code]);
    expect(form.shared[0]?.topic).toBe("SUBJECT");
  });

  it("a field is required when any matter requires it", () => {
    const form = mergeForm({
      matters: [
        { code: "A", name: "A", fields: [{ fieldKey: "subject.name", formLabel: "名称", required: false }] },
        { code: "B", name: "B", fields: [{ fieldKey: "subject.name", formLabel: "企业名称", required: true }] },
      ],
      dictionary,
      known: {},
    });
    expect(form.shared[0]?.fields[0]).toMatchObject({ key: "subject.name", required: true, usedBy: ["A", "B"] });
  });

  it("refuses a form field that is not in the dictionary (no silent loss)", () => {
    expect(() =>
      mergeForm({ matters: [{ code: "X", name: "X", fields: [{ fieldKey: "nope", formLabel: "?", required: true }] }], dictionary, known: {} }),
    ).toThrow(/nope/);
  });

  it("S2: everything the enterprise profile holds is pre-filled with its source", () => {
    const e = enterprises.find((x) => x.uscc === RESTAURANT_USCC)!;
    const known = knownFields(
      dictionary,
      sourcesOf({
        enterprise: { ...e, registeredCapital: e.registeredCapital === null ? null : String(e.registeredCapital) },
        applicantName: "李娜",
      }),
    );
    const form = mergeForm({ matters: S2.map(formOf), dictionary, known });
    const all = allFields(form);
    expect(all.find((f) => f.key === "subject.uscc")?.known).toEqual({ value: RESTAURANT_USCC, source: "企业登记信息", registry: true });
    // The premises start from the registered address but are the applicant's to correct: not a registry fact.
    expect(all.find((f) => f.key === "premises.address")?.known).toEqual({ value: e.address, source: "企业登记信息" });
    for (const f of all) if (f.known === null) expect(dictionary.find((d) => d.key === f.key)?.prefillSource ?? null, f.key).toBeNull();
    expect(form.toType).toBeLessThan(form.distinctFields);
  });
});
