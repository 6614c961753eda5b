// Signed licences created directly, as 统一出件 signs them (lib/approvals/issue-results.ts), for the e-licence
// tests and the verification bench: one licence of an existing enterprise, or an enterprise of its own with
// a business licence, permits and a filing receipt.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { LicenceKind, LicenceStatus } from "@/lib/generated/prisma/enums";
import { makeResidentId } from "@/lib/ids/resident-id";
import { makeUscc } from "@/lib/ids/uscc";
import { PAYLOAD_VERSION, signPayload } from "@/lib/licences/signature";
import { currentSigningKey } from "@/lib/licences/signing-key";

const PREFIX = { BUSINESS: "YZ", PERMIT: "XK", FILING_RECEIPT: "BA" } as const;
const VALID_FROM = "2026-11-23";

export const LEGAL_REP_ID = makeResidentId("44040219850612031");

export type SignedLicenceOptions = {
  enterpriseId: string;
  kind: LicenceKind;
  /** Default: the kind's prefix, the day and a random suffix (unique, never a substring of another). */
  number?: string;
  /** The matter licensed; its department issues and its name is the item, unless given. */
  matterCode?: string;
  /** The issuing department. Default: the matter's, else the first department by code. */
  departmentId?: string;
  items?: string[];
  status?: LicenceStatus;
  statusReason?: string | null;
  /** Last valid day. Default: 2031-11-22 for a permit, none otherwise. */
  validUntil?: string | null;
  issuedAt?: Date;
  version?: number;
  supersedesId?: string | null;
};

/** One signed licence of the enterprise; the payload matches the row, so its signature checks as valid. */
export async function makeSignedLicence(db: PrismaClient, opts: SignedLicenceOptions) {
  const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: opts.enterpriseId } });
  const matter = opts.matterCode ? await db.matter.findUniqueOrThrow({ where: { code: opts.matterCode } }) : null;
  const department = opts.departmentId
    ? await db.department.findUniqueOrThrow({ where: { id: opts.departmentId } })
    : matter
      ? await db.department.findUniqueOrThrow({ where: { id: matter.departmentId } })
      : await db.department.findFirstOrThrow({ orderBy: { code: "asc" } });
  const issuedAt = opts.issuedAt ?? new Date(`${VALID_FROM}T02:00:00Z`);
  const number = opts.number ?? `${PREFIX[opts.kind]}20261123-T${randomBytes(5).toString("hex").toUpperCase()}`;
  const validUntil = opts.validUntil !== undefined ? opts.validUntil : opts.kind === "PERMIT" ? "2031-11-22" : null;
  const supersedes = opts.supersedesId ? (await db.licence.findUniqueOrThrow({ where: { id: opts.supersedesId } })).number : null;
  const signed = signPayload(
    {
      v: PAYLOAD_VERSION,
      number,
      kind: opts.kind,
      holderName: enterprise.name,
      uscc: enterprise.uscc,
      matter: matter ? { code: matter.code, name: matter.name } : null,
      items: opts.items ?? (matter ? [matter.name] : ["许可项目"]),
      address: enterprise.address,
      validFrom: VALID_FROM,
      validUntil,
      issuer: department.name,
      issuedAt: issuedAt.toISOString(),
      version: opts.version ?? 1,
      supersedes,
    },
    await currentSigningKey(db),
  );
  return db.licence.create({
    data: {
      number,
      kind: opts.kind,
      status: opts.status ?? "VALID",
      statusReason: opts.statusReason ?? null,
      enterpriseId: enterprise.id,
      matterId: matter?.id ?? null,
      holderName: enterprise.name,
      uscc: enterprise.uscc,
      address: enterprise.address,
      items: signed.payload.items,
      validFrom: new Date(`${VALID_FROM}T00:00:00Z`),
      validUntil: validUntil ? new Date(`${validUntil}T00:00:00Z`) : null,
      issuedByDepartmentId: department.id,
      issuedAt,
      version: signed.payload.version,
      supersedesId: opts.supersedesId ?? null,
      payload: signed.payload as unknown as Prisma.InputJsonValue,
      signature: signed.signature,
      keyId: signed.keyId,
    },
  });
}

/** A new enterprise (legal representative LEGAL_REP_ID) with a signed licence of each kind given, a second apart. */
export async function makeSignedEnterprise(db: PrismaClient, opts: { kinds?: LicenceKind[]; issuedAt?: Date } = {}) {
  const kinds = opts.kinds ?? ["PERMIT", "FILING_RECEIPT", "BUSINESS", "PERMIT"];
  const issuedAt = opts.issuedAt ?? new Date("2026-11-23T02:00:00Z");
  const digits = Array.from(randomBytes(8), (b) => String(b % 10)).join("");
  const uscc = makeUscc(`914404${digits}0`.slice(0, 17).padEnd(17, "0"));
  const enterprise = await db.enterprise.create({
    data: {
      uscc,
      name: `珠海核验测试${digits}有限公司`,
      entityType: "有限责任公司",
      address: "珠海市香洲区核验路 8 号",
      legalRepName: "欧阳娜娜",
      legalRepIdNumber: LEGAL_REP_ID,
      establishedAt: new Date("2026-11-23T00:00:00Z"),
    },
  });
  const numbers: string[] = [];
  for (const [i, kind] of kinds.entries()) {
    const licence = await makeSignedLicence(db, {
      enterpriseId: enterprise.id,
      kind,
      number: `${PREFIX[kind]}20261123-${digits}${i}`,
      items: [`许可项目 ${i}`],
      issuedAt: new Date(issuedAt.getTime() + i * 1000),
    });
    numbers.push(licence.number);
  }
  return { enterprise, numbers };
}
