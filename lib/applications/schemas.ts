import { z } from "zod";
import { ZMatterCode } from "@/lib/catalog/schemas";

/** Starting a one-form application from a finder result or from picked matters (or one matter: 双轨). */
export const ZStartApplication = z.object({
  matterCodes: z.array(ZMatterCode).min(1, "请至少选择一个事项").max(30, "一次最多申请30个事项"),
  /** Generated when the start page is rendered: a double click or a retry makes one draft. */
  clientKey: z.string().trim().min(16, "请求无效，请刷新页面后重试").max(64),
  /** The finder result's query string (its answers), when the application starts from a one-time notice. */
  guideQuery: z.string().max(2000).optional(),
});

// A transport bound only: a value over a field's own limit (2,000 characters, field-values.ts) is that
// field's problem, answered per field, and must not fail the whole autosave (issue 15 §6).
const ZFieldValue = z.union([z.string().max(20_000), z.array(z.string().max(200)).max(50)]);

/** Autosave of a draft: the values typed so far, against the version the browser last saw. */
export const ZSaveDraft = z.object({
  applicationId: z.string().trim().min(1).max(64),
  expectedVersion: z.number().int().min(0),
  values: z.record(z.string().max(100), ZFieldValue),
});

const ZApplicationId = z.string().trim().min(1, "缺少申请编号").max(64);

/** Signing (or withdrawing) the commitment for one COMMITMENT-mode matter of a draft. */
export const ZChooseCommitment = z.object({
  applicationId: ZApplicationId,
  matterCode: ZMatterCode,
  commit: z.boolean(),
  /** Hash of the text the applicant was shown: signing confirms that exact version. */
  textHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "承诺书版本无效，请刷新页面后重新阅读并签署")
    .optional(),
});

/** Marking a non-key material as "to supplement" (容缺) or taking that back. */
export const ZSetPending = z.object({
  applicationId: ZApplicationId,
  documentKey: z.string().trim().min(1).max(80),
  pending: z.boolean(),
});

export const ZSubmitApplication = z.object({
  applicationId: ZApplicationId,
  expectedVersion: z.number().int().min(0),
});

/** E-signing a document the portal generated from the form: the hash of the text the applicant read. */
export const ZSignDocument = z.object({
  applicationId: ZApplicationId,
  documentKey: z.string().trim().min(1).max(80),
  textHash: z.string().regex(/^[0-9a-f]{64}$/, "文件版本无效，请刷新页面后重新核对并签署"),
});
