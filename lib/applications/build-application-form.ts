import "server-only";
// The merged form of one application, built from rows already loaded: what the portal already knows, what
// the applicant typed so far, and the live counters (SCENARIOS.md: fieldsBaseline, fieldsTyped, materials).
// No actor and no access check here (issue 16 §3): the applicant's loader (get-application-form.ts) scopes to
// the applicant's own application; an officer page scopes to what the officer may see, loads the application
// once (with FORM_APPLICATION_INCLUDE's relations among its own) and builds the same form the applicant saw.
//
//   const app = await db.application.findFirst({ where, include: { ...yourInclude, ...FORM_APPLICATION_INCLUDE } });
//   const form = buildApplicationForm(app, await loadFormReference(db, app));   // or: await formOfApplication(db, app)
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { mergeForm, type FieldDef, type MergedForm, type Topic } from "@/lib/forms/merge-form";
import { knownFields, registryKeys, sourcesOf } from "@/lib/forms/known-values";
import { isFilled, type FormValues } from "@/lib/forms/field-values";
import { COMPUTED_KEYS, deriveKnown } from "@/lib/forms/derive";
import { yuanToWan } from "@/lib/forms/capital";
import { loadScopeTerms } from "@/lib/scope/load-scope-terms";
import type { ScopeTermLike } from "@/lib/scope/derive-scope";
import type { Answers } from "@/lib/guidance/schemas";
import { readReturnNotice, type ReturnNotice } from "@/lib/applications/return-notice";
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

/**
 * The relations the form is built from. Spread into an include of your own (a relation named twice: keep
 * both selections, e.g. `items.matter` with `fields` and `materials`); any superset of these rows will do.
 */
export const FORM_APPLICATION_INCLUDE = {
  enterprise: true,
  // 实名认证: a new enterprise's founder is, by default, its legal representative (known-values.ts).
  applicant: { select: { displayName: true, realNameIdNumber: true } },
  items: { include: { matter: { include: { fields: { orderBy: { sortOrder: "asc" } }, materials: { orderBy: { sortOrder: "asc" } } } } } },
} satisfies Prisma.ApplicationInclude;

type Loaded = Prisma.ApplicationGetPayload<{ include: typeof FORM_APPLICATION_INCLUDE }>;

/** What buildApplicationForm reads of an application: the columns and relations of FORM_APPLICATION_INCLUDE (a superset is fine). */
export type FormApplication = Pick<
  Loaded,
  "id" | "status" | "version" | "enterpriseId" | "formData" | "guideAnswers" | "returnCount" | "returnedAt" | "returnProblems"
> & {
  enterprise: Pick<
    NonNullable<Loaded["enterprise"]>,
    "name" | "uscc" | "entityType" | "registeredCapital" | "address" | "legalRepName" | "legalRepIdNumber" | "phone" | "businessScope"
  > | null;
  applicant: Loaded["applicant"];
  items: {
    matter: Pick<Loaded["items"][number]["matter"], "code" | "name" | "kind" | "reformMode" | "fields" | "materials">;
  }[];
};

/** The rows every form needs besides its application: the field dictionary and (for a new enterprise) the scope terms. */
export interface FormReference {
  dictionary: FieldDef[];
  /** Only for a new enterprise: its 经营范围 is derived from them (lib/scope/derive-scope.ts). */
  scopeTerms: ScopeTermLike[] | null;
}

type Db = PrismaClient | Prisma.TransactionClient;

export async function loadFormReference(db: Db, application: Pick<FormApplication, "enterprise">): Promise<FormReference> {
  const rows = await db.fieldDefinition.findMany({ orderBy: { sortOrder: "asc" } });
  const dictionary: FieldDef[] = rows.map((d) => ({
    key: d.key,
    label: d.label,
    topic: d.topic as Topic,
    type: d.type,
    options: (d.options as FieldDef["options"]) ?? null,
    prefillSource: d.prefillSource,
    sortOrder: d.sortOrder,
  }));
  return { dictionary, scopeTerms: application.enterprise ? null : await loadScopeTerms(db) };
}

/** The merged form of a loaded application (pure: no database, no actor). */
export function buildApplicationForm(app: FormApplication, reference: FormReference): ApplicationForm {
  const { dictionary } = reference;
  const items = inFormOrder(app.items);
  const e = app.enterprise;
  const holder = e ? null : app.applicant;
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
      applicantName: app.applicant.displayName,
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
  const scope = e ? undefined : { terms: reference.scopeTerms ?? [], matterCodes: items.map((i) => i.matter.code) };
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

/** The form of an application already loaded, with its reference rows read on `db` (inside a transaction: the transaction's). */
export async function formOfApplication(db: Db, app: FormApplication): Promise<ApplicationForm> {
  return buildApplicationForm(app, await loadFormReference(db, app));
}
