// Seeds the database at DATABASE_URL (idempotent) and prints what it holds.
import { createPrismaClient } from "@/lib/db";
import { seed } from "@/prisma/seed";

export async function runSeed(url: string) {
  const prisma = createPrismaClient(url);
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
