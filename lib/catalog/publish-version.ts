// Publishing a catalog version: the one way a matter's entry changes (清单动态管理 — 晋中方案 三(二)).
// Runs inside the caller's transaction, so the new version, the live row and the audit row commit together.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VersionSource } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { entryOf, diffEntries } from "./entry";
import { searchTokensFor } from "./search-tokens";
import type { TMatterEntry } from "./schemas";

export interface PublishOptions {
  matterId: string;
  entry: TMatterEntry;
  /** The version the change was based on: a newer published version makes this a conflict. */
  expectedVersion: number;
  source: VersionSource;
  actorId: string | null;
  proposalId?: string;
  note?: string;
  now: Date;
  /** Calendar date (Asia/Shanghai) from which the version applies. */
  effectiveFrom: Date;
}

/** Returns the new version number, or null when the entry equals the current one (nothing published). */
export async function publishMatterVersion(tx: Prisma.TransactionClient, opts: PublishOptions): Promise<number | null> {
  const matter = await tx.matter.findUnique({ where: { id: opts.matterId }, include: { materials: true } });
  if (!matter) throw new AppError("NOT_FOUND", "domain.catalog.errors.matterNotFound");
  if (matter.catalogVersion !== opts.expectedVersion) {
    throw new AppError("CONFLICT", "domain.catalog.errors.versionOutdated", { current: matter.catalogVersion, base: opts.expectedVersion });
  }
  const before = entryOf(matter);
  if (diffEntries(before, opts.entry).length === 0) return null;

  const version = matter.catalogVersion + 1;
  // Conditional update on the version read above: a concurrent publisher makes this update miss.
  const updated = await tx.matter.updateMany({
    where: { id: matter.id, catalogVersion: matter.catalogVersion },
    data: {
      name: opts.entry.name,
      legalBasis: opts.entry.legalBasis,
      reformMode: opts.entry.reformMode,
      reformMeasures: opts.entry.reformMeasures,
      supervisionMeasures: opts.entry.supervisionMeasures,
      conditions: opts.entry.conditions,
      fees: opts.entry.fees,
      statutoryDays: opts.entry.statutoryDays,
      promisedDays: opts.entry.promisedDays,
      processingType: opts.entry.processingType,
      catalogVersion: version,
      searchTokens: searchTokensFor(opts.entry.name, matter.code, matter.industry),
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "domain.catalog.errors.matterJustUpdated");

  const keep = opts.entry.materials.map((m) => m.documentKey);
  await tx.materialRequirement.deleteMany({ where: { matterId: matter.id, documentKey: { notIn: keep } } });
  for (const [i, m] of opts.entry.materials.entries()) {
    const data = { ...m, sortOrder: i * 10 };
    await tx.materialRequirement.upsert({
      where: { matterId_documentKey: { matterId: matter.id, documentKey: m.documentKey } },
      create: { matterId: matter.id, ...data },
      update: data,
    });
  }

  await tx.matterVersion.create({
    data: {
      matterId: matter.id,
      version,
      snapshot: opts.entry as unknown as Prisma.InputJsonValue,
      source: opts.source,
      effectiveFrom: opts.effectiveFrom,
      publishedById: opts.actorId,
      proposalId: opts.proposalId,
      note: opts.note ?? "",
    },
  });
  await writeAudit(tx, {
    actorId: opts.actorId,
    action: "catalog.publish",
    entityType: "Matter",
    entityId: matter.id,
    before: { version: matter.catalogVersion, entry: before } as unknown as Prisma.InputJsonValue,
    after: { version, entry: opts.entry } as unknown as Prisma.InputJsonValue,
    at: opts.now,
  });
  return version;
}
