// The start page of a one-form application lists the matters from the URL: active, applicable permits only,
// in the order given; everything else is reported as "not found" rather than silently dropped.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listMattersForStart } from "@/lib/applications/list-matters-for-start";

let inactiveCode: string;

beforeAll(async () => {
  // A private inactive copy of a permit, so that no other test file's shared matter is switched off.
  const db = getDb();
  const src = await db.matter.findUniqueOrThrow({ where: { code: "TOBACCO_RETAIL" } });
  inactiveCode = `TEST_INACTIVE_${randomUUID().slice(0, 8)}`;
  await db.matter.create({
    data: {
      code: inactiveCode,
      name: `${src.name}（停用测试）`,
      kind: "PERMIT",
      legalBasis: src.legalBasis,
      departmentId: src.departmentId,
      level: src.level,
      industry: src.industry,
      reformMode: src.reformMode,
      reformMeasures: src.reformMeasures,
      supervisionMeasures: src.supervisionMeasures,
      statutoryDays: src.statutoryDays,
      promisedDays: src.promisedDays,
      processingType: src.processingType,
      isActive: false,
    },
  });
});

describe("listMattersForStart", () => {
  it("lists the given permits in URL order with name, reform mode and department from the catalog", async () => {
    const r = await listMattersForStart({ raw: "LIQUOR_RETAIL, FOOD_OPERATION,LIQUOR_RETAIL" });
    expect(r.notFound).toEqual([]);
    expect(r.matters.map((m) => m.code)).toEqual(["LIQUOR_RETAIL", "FOOD_OPERATION"]);
    const food = await getDb().matter.findUniqueOrThrow({ where: { code: "FOOD_OPERATION" }, include: { department: true } });
    expect(r.matters[1]).toEqual({ code: "FOOD_OPERATION", name: food.name, reformMode: food.reformMode, department: food.department.name });
  });

  it("reports unknown, malformed, inactive, registration and cancelled codes as not found", async () => {
    const cancelled = await getDb().matter.findFirstOrThrow({ where: { kind: "PERMIT", reformMode: "CANCEL", isActive: true } });
    const raw = ["FOOD_OPERATION", "NOPE_NOT_A_MATTER", "bad code!", inactiveCode, "BUSINESS_REGISTRATION", cancelled.code].join(",");
    const r = await listMattersForStart({ raw });
    expect(r.matters.map((m) => m.code)).toEqual(["FOOD_OPERATION"]);
    expect(r.notFound).toEqual(["NOPE_NOT_A_MATTER", "bad code!", inactiveCode, "BUSINESS_REGISTRATION", cancelled.code]);
  });

  it("no parameter, an empty one, or a repeated one", async () => {
    expect(await listMattersForStart({ raw: undefined })).toEqual({ matters: [], notFound: [] });
    expect(await listMattersForStart({ raw: " , ," })).toEqual({ matters: [], notFound: [] });
    const r = await listMattersForStart({ raw: ["FOOD_OPERATION", "TOBACCO_RETAIL"] });
    expect(r.matters.map((m) => m.code)).toEqual(["FOOD_OPERATION", "TOBACCO_RETAIL"]);
  });
});
