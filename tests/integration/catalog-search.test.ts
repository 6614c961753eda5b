// The public catalog on the seeded database: search through the GIN-indexed tokens, filters, per-mode
// counts, forgiving parameters and pagination; and the service guide with its version history.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchMatters, type MatterSearchResult } from "@/lib/catalog/search-matters";
import { getMatterGuide } from "@/lib/catalog/get-matter-guide";
import { publishMatterVersion } from "@/lib/catalog/publish-version";
import { entryOf } from "@/lib/catalog/entry";

const PUBLIC = { kind: "PERMIT", isActive: true } as const satisfies Prisma.MatterWhereInput;
const names = (r: MatterSearchResult) => r.rows.map((m) => m.name);
const codes = (r: MatterSearchResult) => r.rows.map((m) => m.code).sort();

/** Codes of public matters whose name or industry contains `text`, straight from the table. */
async function codesContaining(text: string, extra: Prisma.MatterWhereInput = {}) {
  const rows = await getDb().matter.findMany({
    where: { ...PUBLIC, ...extra, OR: [{ name: { contains: text } }, { industry: { contains: text } }] },
    select: { code: true },
  });
  return rows.map((r) => r.code).sort();
}

async function departmentId(code: string) {
  return (await getDb().department.findUniqueOrThrow({ where: { code } })).id;
}

describe("searchMatters: search", () => {
  it("finds matters by a Chinese substring, exactly those whose name or industry contains it", async () => {
    const r = await searchMatters({ q: "食品" });
    expect(names(r)).toEqual(expect.arrayContaining(["食品经营许可", "仅销售预包装食品备案", "食品生产许可"]));
    expect(names(r)).not.toContain("烟草专卖零售许可");
    // For one- and two-character queries the token match is exactly substring containment.
    expect(codes(r)).toEqual(await codesContaining("食品"));
    expect(r.total).toBe(r.rows.length);
    expect(r.queryTooShort).toBe(false);
  });

  it("finds by a single character", async () => {
    const r = await searchMatters({ q: "烟" });
    expect(names(r)).toContain("烟草专卖零售许可");
    expect(codes(r)).toEqual(await codesContaining("烟"));
    expect(r.total).toBeGreaterThan(0);
  });

  it("needs the characters in order and adjacent", async () => {
    const r = await searchMatters({ q: "品食" });
    expect(r.total).toBe(0);
    expect(r.rows).toEqual([]);
  });

  it("requires every part of a multi-word query", async () => {
    const both = await searchMatters({ q: "食品 许可" });
    expect(names(both)).toContain("食品经营许可");
    expect(names(both)).not.toContain("仅销售预包装食品备案");
  });

  it("finds by code, in any case, and by part of a code", async () => {
    const exact = await searchMatters({ q: "FOOD_OPERATION" });
    expect(codes(exact)).toEqual(["FOOD_OPERATION"]);
    const lower = await searchMatters({ q: "tobacco_retail" });
    expect(codes(lower)).toEqual(["TOBACCO_RETAIL"]);
    const part = await searchMatters({ q: "retail" });
    expect(codes(part)).toEqual(expect.arrayContaining(["TOBACCO_RETAIL", "LIQUOR_RETAIL", "DRUG_RETAIL", "PUBLICATION_RETAIL"]));
    expect(codes(part).every((c) => c.includes("RETAIL"))).toBe(true);
  });

  it("ignores a query with nothing searchable and says so", async () => {
    const all = await getDb().matter.count({ where: PUBLIC });
    for (const q of ["f", "，。", "!"]) {
      const r = await searchMatters({ q });
      expect(r.queryTooShort, q).toBe(true);
      expect(r.total, q).toBe(all);
    }
  });

  it("lists permit matters only: never the business registration, never an inactive matter", async () => {
    const registration = await searchMatters({ q: "企业设立登记" });
    expect(codes(registration)).not.toContain("BUSINESS_REGISTRATION");
    const db = getDb();
    await db.matter.update({ where: { code: "GAS_OPERATION" }, data: { isActive: false } });
    try {
      const r = await searchMatters({ q: "燃气" });
      expect(codes(r)).not.toContain("GAS_OPERATION");
      expect(r.total).toBe((await codesContaining("燃气")).length);
    } finally {
      await db.matter.update({ where: { code: "GAS_OPERATION" }, data: { isActive: true } });
    }
  });
});

describe("searchMatters: filters and counts", () => {
  it("combines filters with AND, and with the search", async () => {
    const scjg = await departmentId("SCJG");
    const r = await searchMatters({ mode: "COMMITMENT", departmentId: scjg, industry: "零售" });
    expect(r.total).toBeGreaterThan(0);
    for (const m of r.rows) {
      expect(m.reformMode).toBe("COMMITMENT");
      expect(m.department.id).toBe(scjg);
      expect(m.industry).toBe("零售");
    }
    expect(r.total).toBe(await getDb().matter.count({ where: { ...PUBLIC, reformMode: "COMMITMENT", departmentId: scjg, industry: "零售" } }));
    expect(codes(r)).toContain("LIQUOR_RETAIL");

    const narrowed = await searchMatters({ q: "酒", mode: "COMMITMENT", departmentId: scjg, industry: "零售" });
    expect(codes(narrowed)).toEqual(["LIQUOR_RETAIL"]);
    const none = await searchMatters({ q: "烟草", mode: "COMMITMENT" });
    expect(none.total).toBe(0);
  });

  it("filters by level and by rollout batch, including matters outside every batch", async () => {
    const province = await searchMatters({ level: "PROVINCE" });
    expect(province.total).toBe(await getDb().matter.count({ where: { ...PUBLIC, level: "PROVINCE" } }));
    expect(province.rows.every((m) => m.level === "PROVINCE")).toBe(true);

    const batch1 = await searchMatters({ batch: "1" });
    expect(batch1.rows.every((m) => m.rolloutBatch === 1)).toBe(true);
    expect(codes(batch1)).toEqual(expect.arrayContaining(["FOOD_OPERATION", "TOBACCO_RETAIL", "PREPACKAGED_FOOD_FILING"]));
    const unbatched = await searchMatters({ batch: "none" });
    expect(unbatched.total).toBe(await getDb().matter.count({ where: { ...PUBLIC, rolloutBatch: null } }));
    expect(unbatched.rows.every((m) => m.rolloutBatch === null)).toBe(true);
  });

  it("counts per reform mode equal a direct groupBy, under the other filters but not the mode filter", async () => {
    const r = await searchMatters({ mode: "FILING", industry: "零售" });
    const grouped = await getDb().matter.groupBy({ by: ["reformMode"], where: { ...PUBLIC, industry: "零售" }, _count: { _all: true } });
    const expected = { CANCEL: 0, FILING: 0, COMMITMENT: 0, OPTIMIZE: 0 };
    for (const g of grouped) expected[g.reformMode] = g._count._all;
    expect(r.byMode).toEqual(expected);
    expect(r.total).toBe(expected.FILING);
    // At least two modes present, so the counts are not trivially the total.
    expect(Object.values(expected).filter((n) => n > 0).length).toBeGreaterThan(1);

    const all = await searchMatters({});
    const allGrouped = await getDb().matter.groupBy({ by: ["reformMode"], where: PUBLIC, _count: { _all: true } });
    for (const g of allGrouped) expect(all.byMode[g.reformMode]).toBe(g._count._all);
    expect(Object.values(all.byMode).reduce((a, b) => a + b, 0)).toBe(all.total);
  });

  it("offers facets from the catalog itself", async () => {
    const { facets } = await searchMatters({});
    const industries = await getDb().matter.findMany({ where: PUBLIC, distinct: ["industry"], select: { industry: true } });
    expect([...facets.industries].sort()).toEqual(industries.map((i) => i.industry).sort());
    expect(facets.departments.map((d) => d.shortName)).toContain("区市场监管局");
    expect(facets.levels).toEqual(expect.arrayContaining(["DISTRICT", "PROVINCE"]));
    expect(facets.batches).toEqual([1, 2, 3]);
    expect(facets.hasUnbatched).toBe(true);
  });
});

describe("searchMatters: forgiving parameters and pagination", () => {
  it("ignores parameters it cannot use instead of failing", async () => {
    const all = await searchMatters({});
    const r = await searchMatters({
      mode: "FOO",
      departmentId: "not-a-department",
      industry: "不存在的行业",
      level: "MOON",
      batch: "x",
      page: "-3",
      pageSize: "9999",
    });
    expect(r.params).toMatchObject({ mode: undefined, departmentId: undefined, industry: undefined, level: undefined, batch: undefined });
    expect(r.page).toBe(1);
    expect(r.pageSize).toBe(50);
    expect(r.total).toBe(all.total);
    // A well-formed id of no department is dropped too, as is a batch the catalog does not have.
    const unknown = await searchMatters({ departmentId: "clxxxxxxxxxxxxxxxxxxxxxxx", batch: "9" });
    expect(unknown.params.departmentId).toBeUndefined();
    expect(unknown.params.batch).toBeUndefined();
    expect(unknown.total).toBe(all.total);
  });

  it("takes the first of repeated parameters, as a query string gives them", async () => {
    const r = await searchMatters({ mode: ["FILING", "CANCEL"], q: ["食品", "烟草"] });
    expect(r.params.mode).toBe("FILING");
    expect(r.rows.every((m) => m.reformMode === "FILING")).toBe(true);
    expect(codes(r)).toContain("PREPACKAGED_FOOD_FILING");
  });

  it("pages through every matter exactly once, with the right totals", async () => {
    const first = await searchMatters({ pageSize: "10" });
    expect(first.total).toBeGreaterThanOrEqual(40);
    expect(first.pageCount).toBe(Math.ceil(first.total / 10));
    expect(first.rows).toHaveLength(10);
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const r = await searchMatters({ pageSize: 10, page });
      expect(r.total).toBe(first.total);
      expect(r.page).toBe(page);
      seen.push(...r.rows.map((m) => m.code));
    }
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);

    const beyond = await searchMatters({ pageSize: 10, page: 999 });
    expect(beyond.page).toBe(first.pageCount);
    expect(beyond.rows.length).toBe(first.total - 10 * (first.pageCount - 1));
  });
});

describe("getMatterGuide", () => {
  it("returns the matter with department, materials in order and FAQ", async () => {
    const guide = await getMatterGuide({ code: "FOOD_OPERATION" });
    expect(guide).not.toBeNull();
    expect(guide!.name).toBe("食品经营许可");
    expect(guide!.department.code).toBe("SCJG");
    expect(guide!.legalBasis).toMatch(/《中华人民共和国食品安全法》/);
    const stored = await getDb().materialRequirement.findMany({ where: { matterId: guide!.id }, orderBy: { sortOrder: "asc" } });
    expect(guide!.materials.map((m) => m.documentKey)).toEqual(stored.map((m) => m.documentKey));
    expect(guide!.materials.some((m) => m.waivableByCommitment)).toBe(true);
    expect(guide!.faq.length).toBeGreaterThanOrEqual(2);
    expect(guide!.faq[0]).toEqual({ q: expect.any(String), a: expect.any(String) });
    expect(guide!.versions.map((v) => v.version)).toEqual([1]);
    expect(guide!.versions[0]!.changes).toBeNull();
    expect(guide!.currentVersion?.version).toBe(1);
  });

  it("returns every version in order, each with what it changed against the one before", async () => {
    const db = getDb();
    const matter = await db.matter.findUniqueOrThrow({ where: { code: "TOBACCO_RETAIL" }, include: { materials: true } });
    const v1 = entryOf(matter);
    const now = new Date("2026-11-23T02:00:00Z");
    const publish = (entry: typeof v1, expectedVersion: number, effectiveFrom: string) =>
      db.$transaction((tx) =>
        publishMatterVersion(tx, {
          matterId: matter.id,
          entry,
          expectedVersion,
          source: "PROPOSAL",
          actorId: null,
          now,
          effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
          note: `测试第${expectedVersion + 1}版`,
        }),
      );
    const v2 = { ...v1, promisedDays: 3 };
    expect(await publish(v2, 1, "2026-12-01")).toBe(2);
    const v3 = {
      ...v2,
      materials: [
        ...v2.materials,
        {
          documentKey: "tobacco.test",
          name: "测试材料",
          description: "",
          isKey: false,
          waivableByCommitment: false,
          mayBePending: true,
          heldByGovernment: false,
        },
      ],
    };
    expect(await publish(v3, 2, "2027-01-01")).toBe(3);

    const guide = await getMatterGuide({ code: "TOBACCO_RETAIL" });
    expect(guide!.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(guide!.versions.map((v) => v.source)).toEqual(["SEED", "PROPOSAL", "PROPOSAL"]);
    expect(guide!.versions[1]!.effectiveFrom.toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(guide!.versions[0]!.changes).toBeNull();
    expect(guide!.versions[1]!.changes).toEqual([{ kind: "field", field: "promisedDays", before: 5, after: 3 }]);
    expect(guide!.versions[2]!.changes).toEqual([{ kind: "material-added", documentKey: "tobacco.test", name: "测试材料" }]);
    expect(guide!.currentVersion?.version).toBe(3);
    expect(guide!.promisedDays).toBe(3);
    expect(guide!.materials.at(-1)?.documentKey).toBe("tobacco.test");
  });

  it("keeps listing a version whose snapshot cannot be read, without a diff", async () => {
    const db = getDb();
    const matter = await db.matter.findUniqueOrThrow({ where: { code: "PUBLICATION_RETAIL" } });
    await db.matterVersion.create({
      data: { matterId: matter.id, version: 2, snapshot: { broken: true }, source: "IMPORT", effectiveFrom: new Date("2026-01-01T00:00:00Z") },
    });
    const guide = await getMatterGuide({ code: "PUBLICATION_RETAIL" });
    expect(guide!.versions.map((v) => [v.version, v.readable, v.changes])).toEqual([
      [1, true, null],
      [2, false, null],
    ]);
  });

  it("reads a malformed FAQ as no FAQ", async () => {
    await getDb().matter.update({ where: { code: "ROAD_FREIGHT" }, data: { faq: { not: "a list" } } });
    expect((await getMatterGuide({ code: "ROAD_FREIGHT" }))!.faq).toEqual([]);
  });

  it("returns null for an unknown or malformed code", async () => {
    expect(await getMatterGuide({ code: "NO_SUCH_MATTER" })).toBeNull();
    expect(await getMatterGuide({ code: "../../etc/passwd" })).toBeNull();
    expect(await getMatterGuide({ code: "" })).toBeNull();
  });
});
