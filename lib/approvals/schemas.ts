import { z } from "zod";

const ZId = z.string().trim().min(1, "缺少编号").max(64);
const ZVersion = z.number({ error: "请求无效，请刷新页面后重试" }).int().min(0);
const ZDocumentKey = z.string().trim().min(1).max(80);

/** The window's verdict on one provided document: complete, or to be supplemented later (容缺). */
export const ZDocumentVerdict = z.object({ documentKey: ZDocumentKey, verdict: z.enum(["ok", "pending"]) });

/** 受理 (and 一键分办): every document complete or pending, with the deadline for pending ones. */
export const ZAcceptApplication = z.object({
  applicationId: ZId,
  expectedVersion: ZVersion,
  documents: z.array(ZDocumentVerdict).max(100).default([]),
  /** Working days the applicant has to supplement pending materials, counted from acceptance. */
  pendingDays: z.number({ error: "补交期限须为 1 至 30 个工作日" }).int().min(1, "补交期限须为 1 至 30 个工作日").max(30, "补交期限须为 1 至 30 个工作日"),
});

/** One problem of the return notice: about a document (by key), or about the application as a whole. */
export const ZReturnProblem = z.object({
  documentKey: ZDocumentKey.optional(),
  problem: z.string().trim().min(1, "请写明问题").max(500, "每条问题不超过 500 字"),
});

/** 退件: ALL problems in one notice (never a second notice for something the first could have said). */
export const ZReturnApplication = z.object({
  applicationId: ZId,
  expectedVersion: ZVersion,
  problems: z.array(ZReturnProblem).min(1, "退件通知必须写明全部问题，至少一条").max(50),
});

export const TASK_ACTIONS = ["approve", "reject", "correction", "onsite"] as const;

/** A department's step on its task. A rejection and a correction request say why / what is needed. */
export const ZDecideTask = z
  .object({
    taskId: ZId,
    expectedVersion: ZVersion,
    action: z.enum(TASK_ACTIONS, { error: "请选择处理方式" }),
    reason: z.string().trim().max(2000, "说明不超过 2000 字").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.action === "reject" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "不予许可必须写明理由和依据" });
    if (v.action === "correction" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "请写明需要申请人补正的内容" });
  });

/** The applicant's answer to a correction request (补正), optionally with a file. */
export const ZAnswerCorrection = z.object({
  correctionId: ZId,
  answer: z.string().trim().min(1, "请填写补正说明").max(2000, "补正说明不超过 2000 字"),
});

/** Supplementing a pending material (容缺后补) after acceptance. */
export const ZSupplementPending = z.object({ applicationId: ZId, documentKey: ZDocumentKey });

/** 统一出件 and the applicant's "revise a returned application". */
export const ZApplicationStep = z.object({ applicationId: ZId, expectedVersion: ZVersion });

export type TDecideTask = z.infer<typeof ZDecideTask>;
export type TReturnProblem = z.infer<typeof ZReturnProblem>;
