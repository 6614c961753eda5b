import "server-only";
// Draft autosave (resumable on any device): values are checked against the draft's own merged form and
// saved only on the version the browser last saw, so two devices never silently overwrite each other.
// One bad field does not stop the rest (issue 15 §6): every acceptable value is saved, each refused one is
// answered per field and keeps what was stored for it before; the browser keeps what was typed there.
// Registry facts of an existing enterprise (known-values.ts REGISTRY_FIELDS) are never taken from the
// client (issue 15 §2): a value sent for one is refused and nothing is stored for it.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftProblems, splitDraft, type FormValues } from "@/lib/forms/field-values";
import { registryKeys } from "@/lib/forms/known-values";
import { getApplicationForm } from "./get-application-form";
import type { TSaveDraft } from "./schemas";
import { allFields } from "@/lib/forms/merge-form";
import type { Problem } from "@/lib/forms/problem";

/**
 * `ok`: the draft was saved (as a new version) with every acceptable value; `problems` names each value
 * that was not (empty when everything was saved).
 */
export type SaveDraftResult = { ok: true; version: number; problems: Record<string, Problem> };

export async function saveDraft(opts: { actor: SessionUser; now: Date; input: TSaveDraft }): Promise<SaveDraftResult> {
  assertCan(opts.actor.role, "application.submit");
  const { applicationId, expectedVersion, values } = opts.input;
  const current = await getApplicationForm({ actor: opts.actor, applicationId });
  if (current.status !== "DRAFT") throw new AppError("CONFLICT", "domain.applications.errors.draft.submitted");

  const fields = allFields(current.form);
  const registry = registryKeys(Object.fromEntries(fields.filter((f) => f.known).map((f) => [f.key, f.known!])));
  const problems = draftProblems(values, new Map(current.dictionary.map((d) => [d.key, d])), new Set(fields.map((f) => f.key)), registry);
  // Only what the applicant typed is stored (current.values never holds a registry fact).
  const kept: FormValues = splitDraft({ values, previous: current.values, problems, registry });

  const updated = await getDb().application.updateMany({
    where: { id: applicationId, applicantId: opts.actor.id, status: "DRAFT", version: expectedVersion },
    data: { formData: kept as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: opts.now },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "domain.applications.errors.draft.stale");
  return { ok: true, version: expectedVersion + 1, problems };
}
