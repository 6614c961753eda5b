// The one Prisma client. Prisma 7 talks to PostgreSQL through the pg driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export function createPrismaClient(connectionString: string, opts: { transactionTimeoutMs?: number } = {}): PrismaClient {
  const timeout = opts.transactionTimeoutMs;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }), ...(timeout ? { transactionOptions: { timeout, maxWait: timeout } } : {}) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Lazily created so that importing this module never needs a database (e.g. during `next build`). */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForPrisma.prisma;
}

export type { PrismaClient };
