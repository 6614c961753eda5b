// 好差评 input schemas, shared by the forms (checked in the browser first) and the domain functions. Pure.
import { z } from "zod";
import { SCORE_MAX, SCORE_MIN } from "./rules";

export const COMMENT_MAX = 500;
export const NOTE_MIN = 2;
export const NOTE_MAX = 1000;

const id = (what: string) =>
  z
    .string({ error: `缺少${what}` })
    .trim()
    .min(1, `缺少${what}`)
    .max(64, `${what}无效`);

const score = (what: string) =>
  z.coerce
    .number({ error: `请为“${what}”打分（${SCORE_MIN}–${SCORE_MAX} 分）` })
    .int(`请为“${what}”打分（${SCORE_MIN}–${SCORE_MAX} 分）`)
    .min(SCORE_MIN, `请为“${what}”打分（${SCORE_MIN}–${SCORE_MAX} 分）`)
    .max(SCORE_MAX, `请为“${what}”打分（${SCORE_MIN}–${SCORE_MAX} 分）`);

/** The rating form: the application, the unit ("WINDOW" = 综合窗口, else a department id), five scores, a comment. */
export const ZRateService = z.object({
  applicationId: id("申请编号"),
  unit: id("评价对象"),
  overall: score("总体满意度"),
  efficiency: score("办理效率"),
  guideAccuracy: score("办事指南准确性"),
  convenience: score("办事便利度"),
  usability: score("平台易用性"),
  comment: z.string({ error: "评价内容须为文字" }).trim().max(COMMENT_MAX, `评价内容不能超过 ${COMMENT_MAX} 个字`).optional().default(""),
});
export type TRateService = z.infer<typeof ZRateService>;

/** The one re-rating after rectification: the same form. */
export const ZRerateService = ZRateService;
export type TRerateService = TRateService;

/** The unit's call-back or fix on a ticket; the version the officer saw, so a stale page is told, not acted on. */
export const ZTicketNote = z.object({
  ticketId: id("整改工单编号"),
  note: z
    .string({ error: "请填写情况说明" })
    .trim()
    .min(NOTE_MIN, `请填写情况说明（至少 ${NOTE_MIN} 个字）`)
    .max(NOTE_MAX, `情况说明不能超过 ${NOTE_MAX} 个字`),
  expectedVersion: z.coerce.number({ error: "页面版本无效，请刷新页面" }).int("页面版本无效，请刷新页面").min(0, "页面版本无效，请刷新页面").optional(),
});
export type TTicketNote = z.infer<typeof ZTicketNote>;

/** The officers' list: tickets still to act on, or all. */
export const ZListTickets = z.object({ filter: z.enum(["open", "all"], { error: "筛选条件无效" }).optional().default("open") });
export type TListTickets = z.infer<typeof ZListTickets>;
