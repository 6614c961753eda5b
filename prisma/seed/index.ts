// Demo seed: departments, field dictionary, matter catalog (materials, forms, scope terms), the 2026 holiday
// calendar, demo enterprises and demo accounts. Idempotent: every row is upserted by its natural key, and the
// children of each seeded matter (materials, form fields, scope-term links) are made to match the data
// exactly, so running it twice leaves the same rows. Existing users keep their password hash, failed-login
// count and lock. Guidance rules, applications and licences are not seeded here.
import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { departments } from "./data/departments";
import { enterprises } from "./data/enterprises";
import { fields } from "./data/fields";
import { holidays } from "./data/holidays";
import { matters, ROLLOUT_LIVE_DATES } from "./data/matters";
import { scopeTerms } from "./data/scope-terms";
import { DEMO_PASSWORD, type MatterSeed } from "./data/types";
import { users } from "./data/users";
import { faqByMatter } from "./data/faq";
import { guidanceQuestions, guidanceReferrals, guidanceRules, retiredGuidanceRules } from "./data/guidance";
import { matterRelations } from "./data/matter-relations";
import { searchSynonyms } from "./data/search-synonyms";
import { ZCondition } from "../../lib/guidance/schemas";
import { entryOf } from "../../lib/catalog/entry";
import { searchTokensFor } from "../../lib/catalog/search-tokens";
import { RISK_LEVELS } from "./data/risk-levels";
import { premisesBindingColumns } from "./data/premises-binding";
import { CERTIFICATE_NAMES } from "./data/certificate-names";

/** Version 1 of a matter outside the 一照通行 batches: the date the 证照分离 全覆盖 reform took effect. */
const SEED_EFFECTIVE_DATE = "2021-07-01";

export interface SeedSummary {
  departments: number;
  matters: number;
  mattersByMode: Record<string, number>;
  fields: number;
  scopeTerms: number;
  holidays: number;
  enterprises: number;
  users: number;
  guidanceQuestions: number;
  guidanceRules: number;
}

/** A calendar date ("YYYY-MM-DD") as the Date Prisma stores in a @db.Date column. */
const dateOnly = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} "${key}"`);
  return value;
}

async function seedDepartments(prisma: PrismaClient): Promise<Map<string, string>> {
  const rows = await prisma.$transaction(
    departments.map((d, i) =>
      prisma.department.upsert({
        where: { code: d.code },
        create: { code: d.code, name: d.name, shortName: d.shortName, level: d.level, sortOrder: i * 10 },
        update: { name: d.name, shortName: d.shortName, level: d.level, sortOrder: i * 10 },
        select: { id: true, code: true },
      }),
    ),
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function seedFieldDefinitions(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    fields.map((f, i) => {
      const data = {
        label: f.label,
        labelEn: f.labelEn,
        topic: f.topic,
        type: f.type,
        options: f.options ? (f.options as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
        prefillSource: f.prefillSource,
        sortOrder: i * 10,
      };
      return prisma.fieldDefinition.upsert({ where: { key: f.key }, create: { key: f.key, ...data }, update: data });
    }),
  );
}

function matterColumns(m: MatterSeed, departmentId: string) {
  return {
    name: m.name,
    kind: m.kind,
    legalBasis: m.legalBasis,
    departmentId,
    level: m.level,
    industry: m.industry,
    reformMode: m.reformMode,
    reformMeasures: m.reformMeasures,
    supervisionMeasures: m.supervisionMeasures,
    conditions: m.conditions,
    fees: m.fees,
    statutoryDays: m.statutoryDays,
    promisedDays: m.promisedDays,
    processingType: m.processingType,
    rolloutBatch: m.rolloutBatch,
    liveDate: m.rolloutBatch === null ? null : dateOnly(ROLLOUT_LIVE_DATES[m.rolloutBatch]),
    validityYears: m.validityYears,
  };
}

/** Columns outside the versioned catalog entry: the seed may keep these in line with the data. */
function placementColumns(m: MatterSeed, departmentId: string) {
  const { kind, departmentId: dept, level, industry, rolloutBatch, liveDate, validityYears } = matterColumns(m, departmentId);
  return {
    kind,
    departmentId: dept,
    level,
    industry,
    rolloutBatch,
    liveDate,
    validityYears,
    faq: (faqByMatter[m.code] ?? []) as unknown as Prisma.InputJsonValue,
    riskLevel: RISK_LEVELS[m.code] ?? "MEDIUM",
    ...premisesBindingColumns(m.code),
    certificateName: CERTIFICATE_NAMES[m.code] ?? "",
    searchTokens: searchTokensFor(m.name, m.code, m.industry),
  };
}

/**
 * One transaction per matter. A new matter is created with its materials and published as version 1.
 * An existing matter's catalog entry (mode, measures, limits, conditions, materials) is NOT overwritten:
 * after version 1 it changes only through published versions (lib/catalog/publish-version.ts).
 * Its own form fields follow the data.
 */
async function seedMatter(prisma: PrismaClient, m: MatterSeed, departmentId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.matter.findUnique({ where: { code: m.code }, select: { id: true, name: true } });
    if (existing) {
      // The name may have changed through a published version: index the live name.
      await tx.matter.update({
        where: { id: existing.id },
        data: { ...placementColumns(m, departmentId), searchTokens: searchTokensFor(existing.name, m.code, m.industry) },
      });
      await seedMatterFields(tx, existing.id, m);
      if ((await tx.matterVersion.count({ where: { matterId: existing.id } })) === 0) await publishFirstVersion(tx, existing.id);
      return existing.id;
    }
    const columns = matterColumns(m, departmentId);
    const { id: matterId } = await tx.matter.create({
      data: { code: m.code, ...columns, ...placementColumns(m, departmentId) },
      select: { id: true },
    });

    await tx.materialRequirement.deleteMany({
      where: { matterId, documentKey: { notIn: m.materials.map((x) => x.documentKey) } },
    });
    for (const [i, x] of m.materials.entries()) {
      const data = {
        name: x.name,
        description: x.description ?? "",
        isKey: x.isKey ?? false,
        waivableByCommitment: x.waivableByCommitment ?? false,
        mayBePending: x.mayBePending ?? false,
        heldByGovernment: x.heldByGovernment ?? false,
        sortOrder: i * 10,
      };
      await tx.materialRequirement.upsert({
        where: { matterId_documentKey: { matterId, documentKey: x.documentKey } },
        create: { matterId, documentKey: x.documentKey, ...data },
        update: data,
      });
    }

    await seedMatterFields(tx, matterId, m);
    await publishFirstVersion(tx, matterId);
    return matterId;
  });
}

/** Version 1: the entry as first catalogued (also back-filled for databases seeded before versions existed). */
async function publishFirstVersion(tx: Prisma.TransactionClient, matterId: string): Promise<void> {
  const matter = await tx.matter.findUniqueOrThrow({ where: { id: matterId }, include: { materials: true } });
  await tx.matterVersion.create({
    data: {
      matterId,
      version: matter.catalogVersion,
      snapshot: entryOf(matter) as unknown as Prisma.InputJsonValue,
      source: "SEED",
      effectiveFrom: matter.liveDate ?? dateOnly(SEED_EFFECTIVE_DATE),
      note: "初始目录（演示数据）",
    },
  });
}

/** The forms are not part of the versioned entry; they follow the data. */
async function seedMatterFields(tx: Prisma.TransactionClient, matterId: string, m: MatterSeed): Promise<void> {
  await tx.matterField.deleteMany({ where: { matterId, fieldKey: { notIn: m.fields.map((x) => x.fieldKey) } } });
  for (const [i, x] of m.fields.entries()) {
    const data = { formLabel: x.formLabel, required: x.required, sortOrder: i * 10 };
    await tx.matterField.upsert({
      where: { matterId_fieldKey: { matterId, fieldKey: x.fieldKey } },
      create: { matterId, fieldKey: x.fieldKey, ...data },
      update: data,
    });
  }
}

async function seedScopeTerms(prisma: PrismaClient, matterIds: Map<string, string>): Promise<void> {
  const rows = await prisma.$transaction(
    scopeTerms.map((t) =>
      prisma.businessScopeTerm.upsert({
        where: { code: t.code },
        create: { code: t.code, name: t.name, category: t.category, isLicensed: t.isLicensed },
        update: { name: t.name, category: t.category, isLicensed: t.isLicensed },
        select: { id: true, code: true },
      }),
    ),
  );
  const termIds = new Map(rows.map((r) => [r.code, r.id]));

  const ops: Prisma.PrismaPromise<unknown>[] = [];
  for (const t of scopeTerms) {
    const termId = lookup(termIds, t.code, "scope term");
    const ids = t.matterCodes.map((c) => lookup(matterIds, c, `matter (scope term ${t.code})`));
    ops.push(prisma.businessScopeTermMatter.deleteMany({ where: { termId, matterId: { notIn: ids } } }));
    if (ids.length > 0) {
      ops.push(
        prisma.businessScopeTermMatter.createMany({
          data: ids.map((matterId) => ({ termId, matterId })),
          skipDuplicates: true,
        }),
      );
    }
  }
  await prisma.$transaction(ops);
}

async function seedHolidays(prisma: PrismaClient): Promise<void> {
  // The data is the whole calendar of the years it covers: other rows of those years are removed.
  const years = [...new Set(holidays.map((h) => h.date.slice(0, 4)))];
  await prisma.$transaction([
    ...years.map((y) =>
      prisma.holiday.deleteMany({
        where: {
          date: { gte: dateOnly(`${y}-01-01`), lt: dateOnly(`${Number(y) + 1}-01-01`) },
          NOT: { date: { in: holidays.map((h) => dateOnly(h.date)) } },
        },
      }),
    ),
    ...holidays.map((h) =>
      prisma.holiday.upsert({
        where: { date: dateOnly(h.date) },
        create: { date: dateOnly(h.date), name: h.name, kind: h.kind },
        update: { name: h.name, kind: h.kind },
      }),
    ),
  ]);
}

async function seedEnterprises(prisma: PrismaClient): Promise<Map<string, string>> {
  const rows = await prisma.$transaction(
    enterprises.map((e) => {
      const data = {
        name: e.name,
        entityType: e.entityType,
        registeredCapital: e.registeredCapital === null ? null : new Prisma.Decimal(e.registeredCapital),
        address: e.address,
        legalRepName: e.legalRepName,
        legalRepIdNumber: e.legalRepIdNumber,
        phone: e.phone,
        businessScope: e.businessScope,
        industry: e.industry,
        establishedAt: dateOnly(e.establishedAt),
      };
      return prisma.enterprise.upsert({
        where: { uscc: e.uscc },
        create: { uscc: e.uscc, ...data },
        update: data,
        select: { id: true, uscc: true },
      });
    }),
  );
  return new Map(rows.map((r) => [r.uscc, r.id]));
}

async function seedUsers(prisma: PrismaClient, departmentIds: Map<string, string>, enterpriseIds: Map<string, string>): Promise<void> {
  const existing = new Set(
    (await prisma.user.findMany({ where: { username: { in: users.map((u) => u.username) } }, select: { username: true } })).map((u) => u.username),
  );
  // One hash for every new demo account: bcrypt is slow on purpose, and they share the password.
  const demoHash = await hashPassword(DEMO_PASSWORD);
  for (const u of users) {
    const profile = {
      displayName: u.displayName,
      role: u.role,
      enterpriseId: u.enterpriseUscc ? lookup(enterpriseIds, u.enterpriseUscc, "enterprise") : null,
      departmentId: u.departmentCode ? lookup(departmentIds, u.departmentCode, "department") : null,
      isDepartmentHead: u.isDepartmentHead ?? false,
      // 执法资格: every department officer may be drawn to inspect (双随机).
      inspectorQualified: u.role === "DEPT_OFFICER",
      realNameIdNumber: u.realNameIdNumber ?? null,
    };
    if (existing.has(u.username)) {
      // Never touch the password hash, failedLogins or lockedUntil of an existing account.
      await prisma.user.update({ where: { username: u.username }, data: profile });
    } else {
      await prisma.user.create({ data: { username: u.username, passwordHash: demoHash, ...profile } });
    }
  }
}

/**
 * Finder questions follow the data (they have no editor: text, type, visibility and options are updated,
 * options the data dropped are kept so old links and rules still parse). Rules are ADMIN's once seeded
 * (/admin/guidance): a seed rule is added only when no row carries its key, so a re-seed never re-adds or
 * undoes an edited rule; rows from before keys existed are matched by matter, condition and reason. A
 * retired seed rule is deactivated only while it is exactly as seeded.
 */
async function seedGuidance(prisma: PrismaClient, matterIds: Map<string, string>): Promise<void> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  await prisma.$transaction(async (tx) => {
    for (const [i, q] of guidanceQuestions.entries()) {
      const data = {
        text: q.text,
        helpText: q.helpText ?? "",
        type: q.type,
        sortOrder: i * 10,
        showIf: q.showIf ? (ZCondition.parse(q.showIf) as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
      };
      const { id: questionId } = await tx.guidanceQuestion.upsert({
        where: { code: q.code },
        create: { code: q.code, ...data },
        update: data,
        select: { id: true },
      });
      for (const [j, o] of (q.options ?? []).entries()) {
        await tx.guidanceOption.upsert({
          where: { questionId_code: { questionId, code: o.code } },
          create: { questionId, code: o.code, label: o.label, sortOrder: j * 10 },
          update: { label: o.label, sortOrder: j * 10 },
        });
      }
    }
    const existing = await tx.guidanceRule.findMany({ select: { id: true, matterId: true, condition: true, reason: true, seedKey: true } });
    const keyed = new Set(existing.map((r) => r.seedKey).filter(Boolean));
    for (const r of guidanceRules) {
      if (keyed.has(r.key)) continue;
      const matterId = lookup(matterIds, r.matterCode, "matter (guidance rule)");
      const condition = ZCondition.parse(r.condition);
      const legacy = existing.find((e) => e.seedKey === null && e.matterId === matterId && e.reason === r.reason && same(e.condition, condition));
      if (legacy) {
        legacy.seedKey = r.key;
        await tx.guidanceRule.update({ where: { id: legacy.id }, data: { seedKey: r.key } });
      } else {
        await tx.guidanceRule.create({ data: { matterId, condition: condition as unknown as Prisma.InputJsonValue, reason: r.reason, seedKey: r.key } });
      }
    }
    for (const r of retiredGuidanceRules) {
      const matterId = lookup(matterIds, r.matterCode, "matter (retired guidance rule)");
      const ids = existing
        .filter((e) => e.seedKey === null && e.matterId === matterId && e.reason === r.reason && same(e.condition, ZCondition.parse(r.condition)))
        .map((e) => e.id);
      if (ids.length) await tx.guidanceRule.updateMany({ where: { id: { in: ids } }, data: { isActive: false } });
    }
  });
}

/** Relations and referrals follow the data (catalog data without an editor yet). */
async function seedMatterRelations(prisma: PrismaClient, matterIds: Map<string, string>): Promise<void> {
  const relations = matterRelations.map((r) => ({
    kind: r.kind,
    fromMatterId: lookup(matterIds, r.from, "matter (relation)"),
    toMatterId: lookup(matterIds, r.to, "matter (relation)"),
    note: r.note,
  }));
  const referrals = guidanceReferrals.map((r) => ({ matterId: lookup(matterIds, r.matterCode, "matter (referral)"), activity: r.activity, reason: r.reason }));
  await prisma.$transaction([
    prisma.matterRelation.deleteMany({ where: { NOT: { OR: relations.map((r) => ({ fromMatterId: r.fromMatterId, toMatterId: r.toMatterId })) } } }),
    ...relations.map((r) =>
      prisma.matterRelation.upsert({
        where: { fromMatterId_toMatterId: { fromMatterId: r.fromMatterId, toMatterId: r.toMatterId } },
        create: r,
        update: { kind: r.kind, note: r.note },
      }),
    ),
    prisma.guidanceReferral.deleteMany({ where: { matterId: { notIn: referrals.map((r) => r.matterId) } } }),
    ...referrals.map((r) => prisma.guidanceReferral.upsert({ where: { matterId: r.matterId }, create: r, update: { activity: r.activity, reason: r.reason } })),
  ]);
}

/** Synonyms only into an empty table: afterwards the regulator maintains them (/regulator/synonyms). */
async function seedSearchSynonyms(prisma: PrismaClient): Promise<void> {
  if ((await prisma.searchSynonym.count()) > 0) return;
  await prisma.searchSynonym.createMany({ data: searchSynonyms, skipDuplicates: true });
}

export async function seed(prisma: PrismaClient): Promise<SeedSummary> {
  const departmentIds = await seedDepartments(prisma);
  await seedFieldDefinitions(prisma);

  const matterIds = new Map<string, string>();
  for (const m of matters) {
    matterIds.set(m.code, await seedMatter(prisma, m, lookup(departmentIds, m.departmentCode, "department")));
  }
  // Dictionary entries dropped from the data go once nothing refers to them any more.
  await prisma.fieldDefinition.deleteMany({
    where: { key: { notIn: fields.map((f) => f.key) }, matterFields: { none: {} } },
  });

  await seedScopeTerms(prisma, matterIds);
  await seedGuidance(prisma, matterIds);
  await seedMatterRelations(prisma, matterIds);
  await seedSearchSynonyms(prisma);
  await seedHolidays(prisma);
  const enterpriseIds = await seedEnterprises(prisma);
  await seedUsers(prisma, departmentIds, enterpriseIds);

  const mattersByMode: Record<string, number> = {};
  for (const m of matters) mattersByMode[m.reformMode] = (mattersByMode[m.reformMode] ?? 0) + 1;

  return {
    departments: departments.length,
    matters: matters.length,
    mattersByMode,
    fields: fields.length,
    scopeTerms: scopeTerms.length,
    holidays: holidays.length,
    enterprises: enterprises.length,
    users: users.length,
    guidanceQuestions: guidanceQuestions.length,
    guidanceRules: guidanceRules.length,
  };
}
