// Signed licences created directly (as 统一出件 would sign them), for the public verification tests and
// bench: an enterprise of its own with a business licence, permits and a filing receipt.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { LicenceKind } from "@/lib/generated/prisma/enums";
import { makeResidentId } from "@/lib/ids/resident-id";
import { makeUscc } from "@/lib/ids/uscc";
import { PAYLOAD_VERSION, signPayload } from "@/lib/licences/signature";
import { currentSigningKey } from "@/lib/licences/signing-key";

const PREFIX = { BUSINESS: "YZ", PERMIT: "XK", FILING_RECEIPT: "BA" } as const;

export const LEGAL_REP_ID = makeResidentId("44040219850612031");

export async function makeSignedEnterprise(db: PrismaClient, opts: { kinds?: LicenceKind[]; issuedAt?: Date } = {}) {
  const kinds = opts.kinds ?? ["PERMIT", "FILING_RECEIPT", "BUSINESS", "PERMIT"];
  const issuedAt = opts.issuedAt ?? new Date("2026-11-23T02:00:00Z");
  const digits = Array.from(randomBytes(8), (b) => String(b % 10)).join("");
  const uscc = makeUscc(`914404${digits}0`.slice(0, 17).padEnd(17, "0"));
  const department = await db.department.findFirstOrThrow({ orderBy: { code: "asc" } });
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
  const key = await currentSigningKey(db);
  const numbers: string[] = [];
  for (const [i, kind] of kinds.entries()) {
    const number = `${PREFIX[kind]}20261123-${digits}${i}`;
    const validUntil = kind === "PERMIT" ? "2031-11-22" : null;
    const signed = signPayload(
      {
        v: PAYLOAD_VERSION,
        number,
        kind,
        holderName: enterprise.name,
        uscc,
        matter: null,
        items: [`许可项目 ${i}`],
        address: enterprise.address,
        validFrom: "2026-11-23",
        validUntil,
        issuer: department.name,
        issuedAt: new Date(issuedAt.getTime() + i * 1000).toISOString(),
        version: 1,
        supersedes: null,
      },
      key,
    );
    await db.licence.create({
      data: {
        number,
        kind,
        enterpriseId: enterprise.id,
        holderName: enterprise.name,
        uscc,
        address: enterprise.address,
        items: signed.payload.items,
        validFrom: new Date("2026-11-23T00:00:00Z"),
        validUntil: validUntil ? new Date(`${validUntil}T00:00:00Z`) : null,
        issuedByDepartmentId: department.id,
        issuedAt: new Date(signed.payload.issuedAt),
        payload: signed.payload as unknown as Prisma.InputJsonValue,
        signature: signed.signature,
        keyId: signed.keyId,
      },
    });
    numbers.push(number);
  }
  return { enterprise, numbers };
}
