import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZRecordVerification, addMonths, planVerification, rectifyByDay, sampleNumber } from "./verification-rules";

describe("planVerification (告知承诺核查)", () => {
  it("every high-risk permit is verified, within 2 months", () => {
    for (const n of ["XK1", "XK2", "XK3", "XK4"])
      expect(planVerification({ riskLevel: "HIGH", licenceNumber: n, issuedOn: "2026-11-22" })).toMatchObject({ selected: true, dueOn: "2027-01-22" });
  });
  it("medium and low are sampled by the licence number, reproducibly, at about 30% and 10%", () => {
    const numbers = Array.from({ length: 2000 }, (_, i) => `XK20261122-${i}`);
    const share = (risk: "MEDIUM" | "LOW") =>
      numbers.filter((n) => planVerification({ riskLevel: risk, licenceNumber: n, issuedOn: "2026-11-22" }).selected).length / numbers.length;
    expect(share("MEDIUM")).toBeGreaterThan(0.26);
    expect(share("MEDIUM")).toBeLessThan(0.34);
    expect(share("LOW")).toBeGreaterThan(0.07);
    expect(share("LOW")).toBeLessThan(0.13);
    const p = planVerification({ riskLevel: "MEDIUM", licenceNumber: "XK20261122-7", issuedOn: "2026-11-22" });
    expect(planVerification({ riskLevel: "MEDIUM", licenceNumber: "XK20261122-7", issuedOn: "2026-11-22" })).toEqual(p);
    expect(p.dueOn).toBe("2027-05-22");
  });
  it("the sample number is the documented one: first 4 bytes of SHA-256, big-endian, mod 100", () => {
    const n = "XK20261122-ABC";
    expect(sampleNumber(n)).toBe(createHash("sha256").update(n).digest().readUInt32BE(0) % 100);
    expect(planVerification({ riskLevel: "LOW", licenceNumber: n, issuedOn: "2026-11-22" }).selection).toContain(`样本号 ${sampleNumber(n)}`);
  });
});

describe("dates", () => {
  it("addMonths clamps to the month's end", () => {
    expect(addMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(addMonths("2026-11-30", 6)).toBe("2027-05-30");
  });
  it("rectifyByDay counts calendar days", () => {
    expect(rectifyByDay("2026-12-30", 5)).toBe("2027-01-04");
  });
});

describe("ZRecordVerification", () => {
  it("a failure needs a rectification period of 1–60 days; a pass does not", () => {
    const base = { verificationId: "v1", findings: "现场与承诺不符" };
    expect(ZRecordVerification.safeParse({ ...base, outcome: "fail" }).success).toBe(false);
    expect(ZRecordVerification.safeParse({ ...base, outcome: "fail", rectifyDays: "61" }).success).toBe(false);
    expect(ZRecordVerification.safeParse({ ...base, outcome: "fail", rectifyDays: "15" }).data?.rectifyDays).toBe(15);
    expect(ZRecordVerification.safeParse({ ...base, outcome: "pass" }).success).toBe(true);
  });
});
