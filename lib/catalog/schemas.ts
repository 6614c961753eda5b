// The editable catalog entry of a matter: what a department may propose, what a version snapshots,
// and what an Excel row carries. One schema for the browser form, the server action and the import.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";

const E = "domain.catalog.errors.input";
/** A field left out is "required"; anything else of the wrong type is "not valid" (the words for checks without their own). */
export const typeError = (issue: { input?: unknown }) => (issue.input === undefined ? msg(`${E}.required`) : msg(`${E}.invalidFormat`));
const TOO_LONG = msg(`${E}.textTooLong`);

/** 基本编码 as the portal stores it: letters, digits and . _ - (the one rule for forms, guides and imports). */
export const ZMatterCode = z
  .string({ error: msg(`${E}.codeRequired`) })
  .trim()
  .min(1, msg(`${E}.codeRequired`))
  .max(64, msg(`${E}.codeTooLong`))
  .regex(/^[A-Za-z0-9_.-]+$/, msg(`${E}.codeFormat`));

export const REFORM_MODES = ["CANCEL", "FILING", "COMMITMENT", "OPTIMIZE"] as const;
export const PROCESSING_TYPES = ["INSTANT", "COMMITTED"] as const;

export const ZMaterialEntry = z
  .object({
    documentKey: z
      .string({ error: typeError })
      .trim()
      .min(1, msg(`${E}.documentKeyRequired`))
      .max(80, TOO_LONG)
      .regex(/^[A-Za-z0-9_.-]+$/, msg(`${E}.documentKeyFormat`)),
    name: z
      .string({ error: typeError })
      .trim()
      .min(1, msg(`${E}.materialNameRequired`))
      .max(200, msg(`${E}.materialNameTooLong`)),
    description: z.string({ error: typeError }).trim().max(1000, TOO_LONG).default(""),
    isKey: z.boolean({ error: typeError }).default(false),
    waivableByCommitment: z.boolean({ error: typeError }).default(false),
    mayBePending: z.boolean({ error: typeError }).default(false),
    heldByGovernment: z.boolean({ error: typeError }).default(false),
  })
  // 容缺受理 applies to non-key materials only (珠海方案 三(一)3).
  .refine((m) => !(m.isKey && m.mayBePending), { message: msg(`${E}.keyNotPending`), path: ["mayBePending"] });

export const ZMatterEntry = z
  .object({
    name: z
      .string({ error: typeError })
      .trim()
      .min(2, msg(`${E}.nameTooShort`))
      .max(200, TOO_LONG),
    legalBasis: z
      .string({ error: typeError })
      .trim()
      .min(2, msg(`${E}.legalBasisRequired`))
      .max(2000, TOO_LONG),
    reformMode: z.enum(REFORM_MODES, { error: msg(`${E}.reformMode`) }),
    reformMeasures: z.string({ error: typeError }).trim().max(4000, TOO_LONG).default(""),
    supervisionMeasures: z.string({ error: typeError }).trim().max(4000, TOO_LONG).default(""),
    /** One condition per line, quantified, no catch-all clauses (晋中方案 二(三)). */
    conditions: z.string({ error: typeError }).trim().max(4000, TOO_LONG).default(""),
    // The default is data (the catalog's own wording for "no fee"), not a message.
    fees: z.string({ error: typeError }).trim().max(200, TOO_LONG).default("不收费"),
    statutoryDays: z
      .number({ error: msg(`${E}.statutoryDaysWhole`) })
      .int(msg(`${E}.statutoryDaysWhole`))
      .min(0, msg(`${E}.statutoryDaysNegative`))
      .max(365, msg(`${E}.statutoryDaysTooLong`)),
    promisedDays: z
      .number({ error: msg(`${E}.promisedDaysWhole`) })
      .int(msg(`${E}.promisedDaysWhole`))
      .min(0, msg(`${E}.promisedDaysNegative`))
      .max(365, msg(`${E}.promisedDaysTooLong`)),
    processingType: z.enum(PROCESSING_TYPES, { error: msg(`${E}.processingType`) }),
    materials: z
      .array(ZMaterialEntry, { error: typeError })
      .max(50, msg(`${E}.tooManyItems`))
      .default([]),
  })
  .refine((e) => e.promisedDays <= e.statutoryDays, { message: msg(`${E}.promisedOverStatutory`), path: ["promisedDays"] })
  .refine((e) => new Set(e.materials.map((m) => m.documentKey)).size === e.materials.length, {
    message: msg(`${E}.duplicateDocumentKey`),
    path: ["materials"],
  });

export type TMatterEntry = z.infer<typeof ZMatterEntry>;
export type TMaterialEntry = z.infer<typeof ZMaterialEntry>;

/** The entry's own fields (materials apart), in the order diffs list them; the UI words them from the catalogs. */
export const ENTRY_FIELDS = [
  "name",
  "legalBasis",
  "reformMode",
  "reformMeasures",
  "supervisionMeasures",
  "conditions",
  "fees",
  "statutoryDays",
  "promisedDays",
  "processingType",
] as const satisfies readonly Exclude<keyof TMatterEntry, "materials">[];
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** 检索同义词: an everyday word and the catalog wording it stands for (lib/catalog/synonyms.ts). */
export const ZSynonymInput = z
  .object({
    word: z
      .string({ error: msg(`${E}.wordRequired`) })
      .trim()
      .min(1, msg(`${E}.wordRequired`))
      .max(12, msg(`${E}.wordTooLong`)),
    target: z
      .string({ error: msg(`${E}.targetRequired`) })
      .trim()
      .min(2, msg(`${E}.targetTooShort`))
      .max(40, msg(`${E}.targetTooLong`)),
  })
  .refine((s) => s.word !== s.target, { message: msg(`${E}.sameWord`), path: ["target"] });
export type TSynonymInput = z.infer<typeof ZSynonymInput>;

export const ZSynonymId = z.object({
  synonymId: z
    .string({ error: msg(`${E}.synonymIdMissing`) })
    .trim()
    .min(1, msg(`${E}.synonymIdMissing`))
    .max(64, msg(`${E}.synonymIdInvalid`)),
});
export type TSynonymId = z.infer<typeof ZSynonymId>;
