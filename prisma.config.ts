// Prisma CLI configuration (Prisma 7). The runtime never reads this file: lib/db.ts builds the client
// with the pg driver adapter. `prisma generate` needs no database; `prisma migrate deploy` (where the
// native engine exists) reads DATABASE_URL from here.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
