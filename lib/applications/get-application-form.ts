import "server-only";
// The applicant's own application as its merged form: loads and checks ownership, then builds the form
// (build-application-form.ts, the same builder officer pages use on the application they loaded).
import { getDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { FORM_APPLICATION_INCLUDE, formOfApplication, type ApplicationForm } from "./build-application-form";

export type { ApplicationForm } from "./build-application-form";

/** Loads the actor's own application (anyone else's is NOT_FOUND) as a merged form. */
export async function getApplicationForm({
  actor,
  applicationId,
  db = getDb(),
}: {
  actor: SessionUser;
  applicationId: string;
  db?: PrismaClient | Prisma.TransactionClient;
}): Promise<ApplicationForm> {
  assertCan(actor.role, "application.viewOwn");
  const app = await db.application.findFirst({ where: { id: applicationId, applicantId: actor.id }, include: FORM_APPLICATION_INCLUDE });
  if (!app) throw new AppError("NOT_FOUND", "domain.applications.errors.notFound");
  return formOfApplication(db, app);
}
