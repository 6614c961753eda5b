// 好差评 and 差评整改: which rating is bad, when its rectification ticket is due, when a ticket is overdue,
// and the ticket's steps. Pure — shared by the domain functions, the pages and the unit test.
//
// Policy:
// - 珠海方案 (001) 三(二) 完善闭环管理: 结合政务服务"好差评"机制，让企业对办事指引、审批程序、服务质量等方面
//   "评卷"，形成评价、反馈、整改、监督的闭环管理机制 — hence the five dimensions (overall, efficiency, the
//   service guide's accuracy, convenience, the platform's usability) and the ticket that closes the loop.
// - 嘉定方案 (003) 一(四) 深化政务服务满意度评价: 完善"好差评"制度，加强"差评"问题整改; item 1: "一次一评"
//   "一事一评"，健全"差评"问题…调查核实、督促整改和反馈机制 — one rating per application and unit, the
//   call-back (调查核实), the recorded fix (整改) and the applicant's one re-rating (反馈); item 3: 大厅窗口与职能
//   部门"差评"问题整改确责机制 — every rating and ticket names its answerable unit: the department of a step,
//   or the 综合窗口 for the application as a whole.
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { addWorkingDays, endOfShanghaiDay, type CalendarDays } from "@/lib/calendar/working-days";

/** The unit key of the 综合窗口 (ServiceReview.unitKey; departmentId null) and its name, shared with the metrics. */

/** The five dimensions, in display order (ServiceReview columns). */
export const DIMENSIONS = ["overall", "efficiency", "guideAccuracy", "convenience", "usability"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type RatingScores = Record<Dimension, number>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A rating is bad (差评) when its overall score is at most this. */
export const BAD_MAX = 2;
/** Working days, counted from the rating, to call the applicant back and to rectify. */
export const CALLBACK_WORKING_DAYS = 1;
export const FIX_WORKING_DAYS = 15;

export const isBadRating = (overall: number) => overall <= BAD_MAX;

/** The ticket's two deadlines for a bad rating given at `openedAt` (Asia/Shanghai working days, 调休 included). */
export function ticketDeadlines(openedAt: Date, calendar: CalendarDays): { callbackDueAt: Date; fixDueAt: Date } {
  return {
    callbackDueAt: endOfShanghaiDay(addWorkingDays(openedAt, CALLBACK_WORKING_DAYS, calendar)),
    fixDueAt: endOfShanghaiDay(addWorkingDays(openedAt, FIX_WORKING_DAYS, calendar)),
  };
}

export interface TicketClock {
  status: TicketStatus;
  callbackDueAt: Date;
  fixDueAt: Date;
  calledBackAt: Date | null;
  rectifiedAt: Date | null;
}

export interface TicketFlags {
  /** Still waiting for the call-back after its deadline. */
  callbackOverdue: boolean;
  /** Still waiting for the fix after its deadline. */
  fixOverdue: boolean;
  /** The call-back was recorded, but after its deadline (a late action stays visibly late). */
  callbackLate: boolean;
  /** The fix was recorded, but after its deadline. */
  fixLate: boolean;
}

export function ticketFlags(t: TicketClock, now: Date): TicketFlags {
  return {
    callbackOverdue: t.status === "OPEN" && now.getTime() > t.callbackDueAt.getTime(),
    fixOverdue: (t.status === "OPEN" || t.status === "CALLED_BACK") && now.getTime() > t.fixDueAt.getTime(),
    callbackLate: t.calledBackAt !== null && t.calledBackAt.getTime() > t.callbackDueAt.getTime(),
    fixLate: t.rectifiedAt !== null && t.rectifiedAt.getTime() > t.fixDueAt.getTime(),
  };
}

export const isOverdue = (f: TicketFlags) => f.callbackOverdue || f.fixOverdue;

/** The unit's steps on a ticket: call back, then record the fix; the applicant's re-rating closes it. */
export type TicketStep = "callback" | "rectify";
export const TICKET_STEPS: Readonly<Record<TicketStep, { from: TicketStatus; to: TicketStatus }>> = {
  callback: { from: "OPEN", to: "CALLED_BACK" },
  rectify: { from: "CALLED_BACK", to: "RECTIFIED" },
};

/** The unit's step a ticket waits for now, if any. */
export function nextTicketStep(status: TicketStatus): TicketStep | null {
  return status === "OPEN" ? "callback" : status === "CALLED_BACK" ? "rectify" : null;
}

/** Tickets the unit still has to act on. */
export const OPEN_TICKET: readonly TicketStatus[] = ["OPEN", "CALLED_BACK"];

/** Whether two ratings say the same (a resubmitted form): the same five scores and the same comment. */
export function sameRating(a: RatingScores & { comment: string }, b: RatingScores & { comment: string }): boolean {
  return DIMENSIONS.every((d) => a[d] === b[d]) && a.comment.trim() === b.comment.trim();
}
