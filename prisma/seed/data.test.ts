// Checks the seed DATA (no database): referential integrity, the rules of the reform modes and the
// calendar. Each assertion is over real data and fails when the data breaks the rule.
import { describe, it, expect } from "vitest";
import { isValidUscc } from "../../lib/ids/uscc";
import { validateResidentId } from "../../lib/ids/resident-id";
import { departments } from "./data/departments";
import { enterprises } from "./data/enterprises";
import { makeOrgCode } from "@/lib/ids/org-code";
import { fields } from "./data/fields";
import { holidays } from "./data/holidays";
import { matters, ROLLOUT_LIVE_DATES } from "./data/matters";
import { scopeTerms } from "./data/scope-terms";
import { users } from "./data/users";

const permits = matters.filter((m) => m.kind === "PERMIT");
const live = matters.filter((m) => m.reformMode !== "CANCEL");
const fieldKeys = new Set(fields.map((f) => f.key));
const matterCodes = new Set(matters.map((m) => m.code));
const departmentCodes = new Set(departments.map((d) => d.code));

const duplicates = (xs: string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);

describe("departments", () => {
  it("has at least 15 departments with unique ASCII codes", () => {
    expect(departments.length).toBeGreaterThanOrEqual(15);
    expect(duplicates(departments.map((d) => d.code))).toEqual([]);
    for (const d of departments) expect(d.code).toMatch(/^[A-Z]{2,6}$/);
  });
});

describe("field dictionary", () => {
  it("has 50–90 unique dotted keys", () => {
    expect(fields.length).toBeGreaterThanOrEqual(50);
    expect(fields.length).toBeLessThanOrEqual(90);
    expect(duplicates(fields.map((f) => f.key))).toEqual([]);
    for (const f of fields) expect(f.key).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
  });

  it("gives options exactly to SELECT and MULTISELECT fields, with unique values", () => {
    for (const f of fields) {
      const isChoice = f.type === "SELECT" || f.type === "MULTISELECT";
      expect(Boolean(f.options && f.options.length > 0), f.key).toBe(isChoice);
      if (f.options) expect(duplicates(f.options.map((o) => o.value)), f.key).toEqual([]);
    }
  });

  it("pre-fills what the portal knows about the enterprise", () => {
    const prefill = new Map(fields.map((f) => [f.key, f.prefillSource]));
    expect(prefill.get("subject.name")).toBe("enterprise.name");
    expect(prefill.get("subject.uscc")).toBe("enterprise.uscc");
    expect(prefill.get("subject.legalRep.name")).toBe("enterprise.legalRepName");
    expect(prefill.get("subject.legalRep.idNumber")).toBe("enterprise.legalRepIdNumber");
    expect(prefill.get("subject.phone")).toBe("enterprise.phone");
  });
});

describe("matters", () => {
  it("has unique codes and exactly one REGISTRATION matter (企业设立登记)", () => {
    expect(duplicates(matters.map((m) => m.code))).toEqual([]);
    const registrations = matters.filter((m) => m.kind === "REGISTRATION");
    expect(registrations.map((m) => m.code)).toEqual(["BUSINESS_REGISTRATION"]);
    expect(registrations[0]?.promisedDays).toBe(1);
    expect(registrations[0]?.processingType).toBe("INSTANT");
  });

  it("has at least 40 PERMIT matters and at least 5 of each reform mode", () => {
    expect(permits.length).toBeGreaterThanOrEqual(40);
    for (const mode of ["CANCEL", "FILING", "COMMITMENT", "OPTIMIZE"] as const) {
      expect(permits.filter((m) => m.reformMode === mode).length, mode).toBeGreaterThanOrEqual(5);
    }
  });

  it("assigns every matter to an existing department", () => {
    for (const m of matters) expect(departmentCodes.has(m.departmentCode), `${m.code} → ${m.departmentCode}`).toBe(true);
  });

  it("never promises more than the statutory time, and files on the spot", () => {
    for (const m of matters) {
      expect(m.promisedDays, m.code).toBeGreaterThanOrEqual(0);
      expect(m.promisedDays, m.code).toBeLessThanOrEqual(m.statutoryDays);
      if (m.reformMode === "FILING") {
        expect(m.promisedDays, m.code).toBeLessThanOrEqual(1);
        expect(m.processingType, m.code).toBe("INSTANT");
      }
    }
  });

  it("cites a legal basis and states measures for every matter", () => {
    for (const m of matters) {
      expect(m.legalBasis, m.code).toMatch(/《.+》/);
      expect(m.reformMeasures.length, m.code).toBeGreaterThan(20);
      expect(m.supervisionMeasures.length, m.code).toBeGreaterThan(20);
    }
  });

  it("lists conditions one per line without catch-all clauses (晋中方案 三(一))", () => {
    for (const m of live) {
      const conditions = m.conditions.split("\n");
      for (const c of conditions) {
        expect(c.trim().length, m.code).toBeGreaterThan(0);
        expect(c, m.code).not.toMatch(/其他条件|规定的其他/);
      }
    }
  });

  it("gives every live matter 2–8 materials and an 8–25 field form; a cancelled permit has neither", () => {
    for (const m of live) {
      expect(m.materials.length, m.code).toBeGreaterThanOrEqual(2);
      expect(m.materials.length, m.code).toBeLessThanOrEqual(8);
      expect(m.fields.length, m.code).toBeGreaterThanOrEqual(8);
      expect(m.fields.length, m.code).toBeLessThanOrEqual(25);
    }
    for (const m of matters.filter((x) => x.reformMode === "CANCEL")) {
      expect(m.materials, m.code).toEqual([]);
      expect(m.fields, m.code).toEqual([]);
    }
  });

  it("maps every form field to the dictionary, once per form", () => {
    for (const m of matters) {
      for (const f of m.fields) expect(fieldKeys.has(f.fieldKey), `${m.code}: ${f.fieldKey}`).toBe(true);
      expect(duplicates(m.fields.map((f) => f.fieldKey)), m.code).toEqual([]);
    }
  });

  it("keeps documentKeys unique per matter", () => {
    for (const m of matters) expect(duplicates(m.materials.map((x) => x.documentKey)), m.code).toEqual([]);
  });

  it("never lets a key material be pending (容缺 only for non-key materials)", () => {
    for (const m of matters) {
      for (const x of m.materials) {
        if (x.isKey) expect(x.mayBePending ?? false, `${m.code}: ${x.documentKey}`).toBe(false);
      }
    }
  });

  it("waives materials by commitment only in COMMITMENT matters, and every COMMITMENT matter waives one", () => {
    for (const m of matters) {
      const waivable = m.materials.filter((x) => x.waivableByCommitment);
      if (m.reformMode === "COMMITMENT") expect(waivable.length, m.code).toBeGreaterThan(0);
      else
        expect(
          waivable.map((x) => x.documentKey),
          m.code,
        ).toEqual([]);
    }
  });

  it("uses the same name-independent documentKey for the business licence everywhere, held by government", () => {
    const licences = matters.flatMap((m) => m.materials.filter((x) => x.documentKey === "licence.business"));
    expect(licences.length).toBeGreaterThan(20);
    for (const x of licences) expect(x.heldByGovernment).toBe(true);
  });

  it("models the overlap of forms: every live permit form asks the applicant name", () => {
    const withName = permits.filter((m) => m.fields.some((f) => f.fieldKey === "subject.name"));
    expect(withName.length).toBe(live.filter((m) => m.kind === "PERMIT").length);
  });

  it("rolls out 5 + 12 + 13 一照通行 permits on the three batch dates (珠海方案 一(四))", () => {
    const count = (b: 1 | 2 | 3) => permits.filter((m) => m.rolloutBatch === b).length;
    expect([count(1), count(2), count(3)]).toEqual([5, 12, 13]);
    expect(ROLLOUT_LIVE_DATES).toEqual({ 1: "2021-09-30", 2: "2021-11-30", 3: "2021-12-30" });
    for (const m of matters.filter((x) => x.reformMode === "CANCEL")) expect(m.rolloutBatch, m.code).toBeNull();
  });

  it("includes the matters the scenarios need", () => {
    for (const code of [
      "FOOD_OPERATION",
      "PREPACKAGED_FOOD_FILING",
      "LIQUOR_RETAIL",
      "TOBACCO_RETAIL",
      "PUBLICATION_RETAIL",
      "PUBLIC_PLACE_HYGIENE",
      "HOTEL_SPECIAL_TRADE",
      "FIRE_SAFETY_CHECK",
      "DRUG_RETAIL",
      "MEDICAL_DEVICE_II_FILING",
      "OUTDOOR_SIGN_FILING",
      "ENTERTAINMENT_VENUE",
      "INTERNET_CAFE",
      "HIGH_RISK_SPORTS",
      "ROAD_FREIGHT",
      "HR_SERVICE_LICENCE",
      "GAS_OPERATION",
      "HYGIENE_CATERING_CANCELLED",
    ]) {
      expect(matterCodes.has(code), code).toBe(true);
    }
    const food = matters.find((m) => m.code === "FOOD_OPERATION");
    expect(food?.validityYears).toBe(5);
    expect(food?.statutoryDays).toBe(20);
    expect(food?.promisedDays).toBeLessThanOrEqual(5);
  });

  it("decides commitment-mode permits on the spot (当场作出许可决定)", () => {
    for (const m of permits.filter((x) => x.reformMode === "COMMITMENT")) {
      expect(m.promisedDays, m.code).toBe(0);
      expect(m.processingType, m.code).toBe("INSTANT");
    }
  });
});

describe("business scope terms", () => {
  it("has 30–80 terms with unique codes, L = 许可项目 and G = 一般项目", () => {
    expect(scopeTerms.length).toBeGreaterThanOrEqual(30);
    expect(scopeTerms.length).toBeLessThanOrEqual(80);
    expect(duplicates(scopeTerms.map((t) => t.code))).toEqual([]);
    expect(duplicates(scopeTerms.map((t) => t.name))).toEqual([]);
    for (const t of scopeTerms) expect(t.code.startsWith(t.isLicensed ? "L" : "G"), t.code).toBe(true);
  });

  it("maps only to existing matters, and every 许可项目 to at least one non-cancelled permit", () => {
    for (const t of scopeTerms) {
      for (const c of t.matterCodes) expect(matterCodes.has(c), `${t.code} → ${c}`).toBe(true);
      expect(duplicates(t.matterCodes), t.code).toEqual([]);
      if (t.isLicensed) {
        const needed = t.matterCodes.filter((c) => live.some((m) => m.code === c));
        expect(needed.length, t.code).toBeGreaterThan(0);
      }
    }
  });
});

describe("2026 holiday calendar", () => {
  const byDate = new Map(holidays.map((h) => [h.date, h]));
  const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

  it("lists 33 days off and 6 make-up working days, each date once", () => {
    expect(holidays.length).toBe(39);
    expect(holidays.filter((h) => h.kind === "HOLIDAY").length).toBe(33);
    expect(holidays.filter((h) => h.kind === "WORKDAY").length).toBe(6);
    expect(duplicates(holidays.map((h) => h.date))).toEqual([]);
  });

  it("knows 2026-02-14 is a make-up WORKDAY and 2026-10-01 a HOLIDAY", () => {
    expect(byDate.get("2026-02-14")?.kind).toBe("WORKDAY");
    expect(byDate.get("2026-10-01")?.kind).toBe("HOLIDAY");
    expect(byDate.get("2026-02-23")?.kind).toBe("HOLIDAY");
    expect(byDate.has("2026-02-24")).toBe(false);
  });

  it("puts every make-up working day on a weekend", () => {
    const workdays = holidays.filter((h) => h.kind === "WORKDAY");
    expect(workdays.map((h) => h.date)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    for (const h of workdays) expect([0, 6], h.date).toContain(weekday(h.date));
  });
});

describe("enterprises", () => {
  it("has 4–6 enterprises with valid, unique USCCs and organization codes", () => {
    expect(enterprises.length).toBeGreaterThanOrEqual(4);
    expect(enterprises.length).toBeLessThanOrEqual(6);
    expect(duplicates(enterprises.map((e) => e.uscc))).toEqual([]);
    for (const e of enterprises) {
      expect(isValidUscc(e.uscc), e.uscc).toBe(true);
      expect(e.uscc.slice(2, 8), e.uscc).toBe("310116");
      // Positions 9–17 are a GB 11714 organization code with its own check character.
      expect(makeOrgCode(e.uscc.slice(8, 16)), e.uscc).toBe(e.uscc.slice(8, 17));
    }
  });

  it("fails on a USCC with a wrong check character (the check is real)", () => {
    const e = enterprises[0]!;
    const wrong = e.uscc.slice(0, 17) + (e.uscc.endsWith("0") ? "1" : "0");
    expect(isValidUscc(wrong)).toBe(false);
  });

  it("gives every legal representative a valid resident ID", () => {
    for (const e of enterprises) expect(validateResidentId(e.legalRepIdNumber).valid, e.name).toBe(true);
  });

  it("only uses registered-capital amounts in yuan", () => {
    for (const e of enterprises) if (e.registeredCapital !== null) expect(e.registeredCapital).toMatch(/^\d+\.\d{2}$/);
  });
});

describe("users", () => {
  const byName = new Map(users.map((u) => [u.username, u]));

  it("has unique usernames", () => {
    expect(duplicates(users.map((u) => u.username))).toEqual([]);
  });

  it("binds applicants to enterprises and officers to departments that exist", () => {
    const usccs = new Set(enterprises.map((e) => e.uscc));
    for (const u of users) {
      if (u.enterpriseUscc) expect(usccs.has(u.enterpriseUscc), u.username).toBe(true);
      if (u.departmentCode) expect(departmentCodes.has(u.departmentCode), u.username).toBe(true);
      // Every applicant but the founder (S1: a company not registered yet) acts for an enterprise.
      if (u.role === "APPLICANT") expect(u.enterpriseUscc !== undefined, u.username).toBe(u.username !== "founder");
      if (u.role === "DEPT_OFFICER" || u.role === "REGULATOR") expect(u.departmentCode, u.username).toBeDefined();
    }
    expect(byName.get("applicant")?.enterpriseUscc).toBe(enterprises[0]?.uscc);
    expect(byName.get("applicant2")?.enterpriseUscc).toBe(enterprises[1]?.uscc);
  });

  it("has one non-head officer per department, and head-scjg as the only head", () => {
    for (const d of departments) {
      const u = byName.get(`dept-${d.code.toLowerCase()}`);
      expect(u?.role, d.code).toBe("DEPT_OFFICER");
      expect(u?.departmentCode, d.code).toBe(d.code);
      expect(u?.isDepartmentHead ?? false, d.code).toBe(false);
    }
    expect(users.filter((u) => u.isDepartmentHead).map((u) => u.username)).toEqual(["head-scjg"]);
    for (const name of ["window", "regulator", "admin"]) expect(byName.has(name), name).toBe(true);
  });
});
