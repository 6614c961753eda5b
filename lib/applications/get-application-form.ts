import "server-only";
// The merged form of one draft application, with what the portal already knows, what the applicant
// typed so far, and the live counters (SCENARIOS.md: fieldsBaseline, fieldsTyped, materials).
import { getDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { mergeForm, type FieldDef, type MergedForm, type Topic } from "@/lib/forms/merge-form";
import { knownFields, registryKeys, sourcesOf } from "@/lib/forms/known-values";
import { isFilled, type FormValues } from "@/lib/forms/field-values";
import { COMPUTED_KEYS, deriveKnown } from "@/lib/forms/derive";
import { yuanToWan } from "@/lib/forms/capital";
import { loadScopeTerms } from "@/lib/scope/load-scope-terms";
import type { Answers } from "@/lib/guidance/schemas";
import { readReturnNotice, type ReturnNotice } from "@/lib/approvals/return-notice";
import { inFormOrder } from "./resolve-documents";

export interface ApplicationForm {
  id: string;
  status: string;
  version: number;
  isNewEnterprise: boolean;
  matters: { code: string; name: string; reformMode: string }[];
  form: MergedForm;
  dictionary: FieldDef[];
  values: FormValues;
  /** What the form says now: each typed value, else the known (pre-filled or derived) one. */
  effective: FormValues;
  counters: {
    fieldsBaseline: number;
    fieldsToType: number;
    fieldsTyped: number;
    materialsBaseline: number;
  };
  /** A returned application being revised (a draft again, revise-returned.ts): the last return's notice, every problem to fix. */
  returnNotice: ReturnNotice | null;
}

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
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: actor.id },
    include: {
      enterprise: true,
      items: {
        include: {
          matter: {
            include: {
              fields: { orderBy: { sortOrder: "asc" } },
              materials: { orderBy: { sortOrder: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!app) throw new AppError("NOT_FOUND", "申请不存在");
  const dictionaryRows = await db.fieldDefinition.findMany({ orderBy: { sortOrder: "asc" } });
  const dictionary: FieldDef[] = dictionaryRows.map((d) => ({
    key: d.key,
    label: d.label,
    topic: d.topic as Topic,
    type: d.type,
    options: (d.options as FieldDef["options"]) ?? null,
    prefillSource: d.prefillSource,
    sortOrder: d.sortOrder,
  }));
  const items = inFormOrder(app.items);
  const e = app.enterprise;
  // 实名认证: a new enterprise's founder is, by default, its legal representative (known-values.ts).
  const holder = e ? null : await db.user.findUnique({ where: { id: actor.id }, select: { displayName: true, realNameIdNumber: true } });
  const known = knownFields(
    dictionary,
    sourcesOf({
      enterprise: e
        ? {
            name: e.name,
            uscc: e.uscc,
            entityType: e.entityType,
            // The form speaks 万元 (lib/forms/capital.ts); the registry row keeps yuan.
            registeredCapital: yuanToWan(e.registeredCapital),
            address: e.address,
            legalRepName: e.legalRepName,
            legalRepIdNumber: e.legalRepIdNumber,
            phone: e.phone,
            businessScope: e.businessScope,
          }
        : null,
      applicantName: actor.name,
    }),
    holder?.realNameIdNumber ? { name: holder.displayName, idNumber: holder.realNameIdNumber } : null,
  );
  // Registry facts are the registry's (issue 15 §2): a value stored for one (a draft saved before they were
  // read-only) is ignored, so the form, the submission and every department read the registry's value.
  const registry = registryKeys(known);
  // Computed fields (股东人数, 注册资本 from the shareholder list, derive.ts COMPUTED_KEYS) are never typed either.
  const values = Object.fromEntries(
    Object.entries((app.formData ?? {}) as FormValues).filter(([k]) => !registry.has(k) && !COMPUTED_KEYS.has(k)),
  ) as FormValues;
  // A new business's scope, in standard terms, follows from its answers and chosen matters (lib/scope/derive-scope.ts).
  const scope = e ? undefined : { terms: await loadScopeTerms(db), matterCodes: items.map((i) => i.matter.code) };
  Object.assign(
    known,
    deriveKnown({
      dictionary: new Map(dictionary.map((d) => [d.key, d])),
      values,
      known,
      isNewEnterprise: !e,
      answers: (app.guideAnswers ?? {}) as Answers,
      scope,
    }),
  );
  const form = mergeForm({
    matters: items.map((i) => ({ code: i.matter.code, name: i.matter.name, fields: i.matter.fields })),
    dictionary,
    known,
  });
  const effective: FormValues = Object.fromEntries(Object.entries(known).map(([k, v]) => [k, v.value]));
  for (const [k, v] of Object.entries(values)) if (isFilled(v)) effective[k] = v;
  const materials = items.flatMap((i) => i.matter.materials);
  return {
    id: app.id,
    status: app.status,
    version: app.version,
    isNewEnterprise: app.enterpriseId === null,
    matters: items.map((i) => ({ code: i.matter.code, name: i.matter.name, reformMode: i.matter.reformMode })),
    form,
    dictionary,
    values,
    effective,
    counters: {
      fieldsBaseline: form.fieldsBaseline,
      fieldsToType: form.toType,
      fieldsTyped: Object.values(values).filter(isFilled).length,
      materialsBaseline: materials.length,
    },
    returnNotice: app.status === "DRAFT" ? readReturnNotice(app) : null,
  };
}
