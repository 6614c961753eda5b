// Seeds the database at DATABASE_URL (idempotent) and prints what it holds.
import { createPrismaClient } from "@/lib/db";
import { seed } from "@/prisma/seed";

export async function runSeed(url: string) {
  // The seed's transactions write whole catalogs: a busy machine must not turn Prisma's 5 s default into a failed start.
  const prisma = createPrismaClient(url, { transactionTimeoutMs: 120_000 });
  try {
    return await seed(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** True when the database has no catalog yet (a fresh install): `npm start` seeds only then. */
export async function isEmpty(url: string) {
  const prisma = createPrismaClient(url);
  try {
    return (await prisma.department.count()) === 0;
  } finally {
    await prisma.$disconnect();
  }
}
