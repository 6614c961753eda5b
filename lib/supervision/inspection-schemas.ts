// 双随机、一公开 plans and results: input schemas shared by the forms and the domain. Pure.
import { z } from "zod";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .regex(DAY, `${what}格式应为 YYYY-MM-DD`);
const ratio = (g: string) =>
  z.coerce
    .number({ error: `${g} 级抽查比例须为数字` })
    .int(`${g} 级抽查比例须为整数`)
    .min(0, `${g} 级抽查比例须在 0–100 之间`)
    .max(100, `${g} 级抽查比例须在 0–100 之间`);

export const DEFAULT_RATIOS = { A: 3, B: 5, C: 10, D: 100 } as const;

export const ZCreatePlan = z
  .object({
    name: z.string({ error: "请填写计划名称" }).trim().min(2, "请填写计划名称（至少 2 个字）").max(100, "计划名称不能超过 100 个字"),
    departmentCode: z.string({ error: "请选择实施部门" }).trim().min(1, "请选择实施部门").max(20, "实施部门无效"),
    matterCodes: z.array(z.string().trim().min(1).max(64)).min(1, "请至少选择一个事项（其持证企业为抽查对象）").max(50, "一次最多选择 50 个事项"),
    periodStart: day("检查开始日期"),
    periodEnd: day("检查结束日期"),
    publishBy: day("结果公示期限"),
    ratioA: ratio("A"),
    ratioB: ratio("B"),
    ratioC: ratio("C"),
    ratioD: ratio("D"),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "检查结束日期不能早于开始日期" });
    if (v.publishBy < v.periodEnd) ctx.addIssue({ code: "custom", path: ["publishBy"], message: "结果公示期限不能早于检查结束日期" });
  });
export type TCreatePlan = z.infer<typeof ZCreatePlan>;

export const ZPlanId = z.object({ planId: z.string({ error: "缺少计划编号" }).trim().min(1, "缺少计划编号").max(64, "计划编号无效") });

export const ZRecordInspection = z.object({
  inspectionId: z.string({ error: "缺少检查任务编号" }).trim().min(1, "缺少检查任务编号").max(64, "检查任务编号无效"),
  result: z.enum(["PASSED", "FAILED"], { error: "请选择检查结果" }),
  findings: z.string({ error: "请填写检查情况" }).trim().min(2, "请填写检查情况（至少 2 个字）").max(1000, "检查情况不能超过 1000 个字"),
});

export const ZDeclareConflict = z.object({
  uscc: z
    .string({ error: "请填写统一社会信用代码" })
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, "统一社会信用代码应为 18 位"),
  reason: z.string({ error: "请说明利益冲突情形" }).trim().min(2, "请说明利益冲突情形（至少 2 个字）").max(200, "说明不能超过 200 个字"),
});

/** Every plan draws at least two inspectors per inspection (双随机: 随机选派执法检查人员). */
export const PER_INSPECTION = 2;
