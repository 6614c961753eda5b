// The editable catalog entry of a matter: what a department may propose, what a version snapshots,
// and what an Excel row carries. One schema for the browser form, the server action and the import.
import { z } from "zod";

/** 基本编码 as the portal stores it: letters, digits and . _ - (the one rule for forms, guides and imports). */
export const ZMatterCode = z
  .string({ message: "缺少事项编码" })
  .trim()
  .min(1, "缺少事项编码")
  .max(64, "事项编码不能超过64个字符")
  .regex(/^[A-Za-z0-9_.-]+$/, "事项编码只能包含字母、数字和 . _ -");

export const REFORM_MODES = ["CANCEL", "FILING", "COMMITMENT", "OPTIMIZE"] as const;
export const PROCESSING_TYPES = ["INSTANT", "COMMITTED"] as const;

export const ZMaterialEntry = z
  .object({
    documentKey: z
      .string()
      .trim()
      .min(1, "材料代码不能为空")
      .max(80)
      .regex(/^[A-Za-z0-9_.-]+$/, "材料代码只能包含字母、数字和 . _ -"),
    name: z.string().trim().min(1, "材料名称不能为空").max(200, "材料名称不能超过200字"),
    description: z.string().trim().max(1000).default(""),
    isKey: z.boolean().default(false),
    waivableByCommitment: z.boolean().default(false),
    mayBePending: z.boolean().default(false),
    heldByGovernment: z.boolean().default(false),
  })
  // 容缺受理 applies to non-key materials only (珠海方案 三(一)3).
  .refine((m) => !(m.isKey && m.mayBePending), { message: "关键材料不能容缺后补", path: ["mayBePending"] });

export const ZMatterEntry = z
  .object({
    name: z.string().trim().min(2, "事项名称至少2个字").max(200),
    legalBasis: z.string().trim().min(2, "请填写设定依据").max(2000),
    reformMode: z.enum(REFORM_MODES, { message: "改革方式应为：直接取消审批、审批改为备案、实行告知承诺、优化审批服务之一" }),
    reformMeasures: z.string().trim().max(4000).default(""),
    supervisionMeasures: z.string().trim().max(4000).default(""),
    /** One condition per line, quantified, no catch-all clauses (晋中方案 二(三)). */
    conditions: z.string().trim().max(4000).default(""),
    fees: z.string().trim().max(200).default("不收费"),
    statutoryDays: z
      .number({ message: "法定时限应为整数（工作日）" })
      .int("法定时限应为整数（工作日）")
      .min(0, "法定时限不能为负数")
      .max(365, "法定时限不能超过365个工作日"),
    promisedDays: z
      .number({ message: "承诺时限应为整数（工作日）" })
      .int("承诺时限应为整数（工作日）")
      .min(0, "承诺时限不能为负数")
      .max(365, "承诺时限不能超过365个工作日"),
    processingType: z.enum(PROCESSING_TYPES, { message: "办理类型应为即办件或承诺件" }),
    materials: z.array(ZMaterialEntry).max(50).default([]),
  })
  .refine((e) => e.promisedDays <= e.statutoryDays, { message: "承诺时限不能超过法定时限", path: ["promisedDays"] })
  .refine((e) => new Set(e.materials.map((m) => m.documentKey)).size === e.materials.length, {
    message: "同一事项的材料代码不能重复",
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
    word: z.string({ message: "请填写群众常用说法" }).trim().min(1, "请填写群众常用说法").max(12, "常用说法不能超过12个字"),
    target: z.string({ message: "请填写目录中的规范用语" }).trim().min(2, "规范用语至少2个字").max(40, "规范用语不能超过40个字"),
  })
  .refine((s) => s.word !== s.target, { message: "常用说法与规范用语相同，无需添加", path: ["target"] });
export type TSynonymInput = z.infer<typeof ZSynonymInput>;
