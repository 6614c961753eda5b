import { zhIssue } from "@/tests/support/messages";
import { describe, expect, it } from "vitest";
import { holidays } from "@/prisma/seed/data/holidays";
import type { CalendarDays } from "@/lib/calendar/working-days";
import { TICKET_STEPS, isBadRating, isOverdue, nextTicketStep, sameRating, ticketDeadlines, ticketFlags, type TicketClock } from "./rules";
import { ZRateService, ZTicketNote } from "./schemas";

const calendar: CalendarDays = new Map(holidays.map((h) => [h.date, h.kind]));
/** The end of a Shanghai day, as the deadlines are stored. */
const endOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`);

describe("bad rating", () => {
  it.each([
    [1, true],
    [2, true],
    [3, false],
    [5, false],
  ])("overall %d is bad: %s", (overall, bad) => expect(isBadRating(overall)).toBe(bad));
});

describe("ticket deadlines (Asia/Shanghai working days, 调休 included)", () => {
  it("a Friday rating: call back by Monday, fix within 15 working days (three weekends skipped)", () => {
    // Fri 2026-11-20 16:00 Beijing. Day 1 = Mon 11-23; 15 = Fri 12-11.
    const d = ticketDeadlines(new Date("2026-11-20T08:00:00Z"), calendar);
    expect(d.callbackDueAt).toEqual(endOf("2026-11-23"));
    expect(d.fixDueAt).toEqual(endOf("2026-12-11"));
  });

  it("across National Day and its make-up Saturday", () => {
    // Wed 2026-09-30: 10-01..07 holiday; day 1 = Thu 10-08, 2 = 10-09, 3 = make-up Sat 10-10, 4–8 = 10-12..16,
    // 9–13 = 10-19..23, 14 = 10-26, 15 = 10-27.
    const d = ticketDeadlines(new Date("2026-09-30T02:00:00Z"), calendar);
    expect(d.callbackDueAt).toEqual(endOf("2026-10-08"));
    expect(d.fixDueAt).toEqual(endOf("2026-10-27"));
  });

  it("a rating late in the Beijing evening counts from that Beijing day, not the UTC one", () => {
    // 2026-11-19T17:00Z is Fri 11-20 01:00 in Beijing.
    expect(ticketDeadlines(new Date("2026-11-19T17:00:00Z"), calendar).callbackDueAt).toEqual(endOf("2026-11-23"));
  });
});

describe("overdue flags", () => {
  const base: TicketClock = { status: "OPEN", callbackDueAt: endOf("2026-11-23"), fixDueAt: endOf("2026-12-11"), calledBackAt: null, rectifiedAt: null };
  const justAfterCallback = new Date(endOf("2026-11-23").getTime() + 1);

  it("open: not overdue up to the last millisecond of the due day, overdue after it", () => {
    expect(ticketFlags(base, endOf("2026-11-23"))).toEqual({ callbackOverdue: false, fixOverdue: false, callbackLate: false, fixLate: false });
    expect(ticketFlags(base, justAfterCallback).callbackOverdue).toBe(true);
    expect(isOverdue(ticketFlags(base, justAfterCallback))).toBe(true);
  });

  it("an open ticket past the fix deadline is overdue on both counts", () => {
    const f = ticketFlags(base, new Date("2026-12-12T00:00:00+08:00"));
    expect(f).toMatchObject({ callbackOverdue: true, fixOverdue: true });
  });

  it("called back: the call-back is no longer overdue (but stays late); the fix is overdue after its deadline", () => {
    const called = { ...base, status: "CALLED_BACK" as const, calledBackAt: new Date("2026-11-24T10:00:00+08:00") };
    expect(ticketFlags(called, new Date("2026-12-01T10:00:00+08:00"))).toEqual({
      callbackOverdue: false,
      fixOverdue: false,
      callbackLate: true,
      fixLate: false,
    });
    expect(ticketFlags(called, new Date("2026-12-12T00:00:00+08:00")).fixOverdue).toBe(true);
  });

  it("rectified or closed: never overdue; a late fix stays late", () => {
    for (const status of ["RECTIFIED", "CLOSED"] as const) {
      const t = { ...base, status, calledBackAt: new Date("2026-11-23T10:00:00+08:00"), rectifiedAt: new Date("2026-12-14T10:00:00+08:00") };
      expect(ticketFlags(t, new Date("2027-01-01T00:00:00+08:00"))).toEqual({ callbackOverdue: false, fixOverdue: false, callbackLate: false, fixLate: true });
    }
  });
});

describe("ticket steps", () => {
  it("call back first, then the fix; nothing after", () => {
    expect(nextTicketStep("OPEN")).toBe("callback");
    expect(nextTicketStep("CALLED_BACK")).toBe("rectify");
    expect(nextTicketStep("RECTIFIED")).toBeNull();
    expect(nextTicketStep("CLOSED")).toBeNull();
    expect(TICKET_STEPS.callback).toEqual({ from: "OPEN", to: "CALLED_BACK" });
    expect(TICKET_STEPS.rectify).toEqual({ from: "CALLED_BACK", to: "RECTIFIED" });
  });
});

describe("schemas", () => {
  const form = {
    applicationId: "a1",
    unit: "WINDOW",
    overall: "2",
    efficiency: "3",
    guideAccuracy: "4",
    convenience: "5",
    usability: "1",
    comment: "  等了很久  ",
  };

  it("reads the form's strings as scores and trims the comment", () => {
    expect(ZRateService.parse(form)).toEqual({ ...form, overall: 2, efficiency: 3, guideAccuracy: 4, convenience: 5, usability: 1, comment: "等了很久" });
    expect(ZRateService.parse({ ...form, comment: undefined }).comment).toBe("");
  });

  it.each([["0"], ["6"], ["2.5"], [""], [undefined]])("refuses the score %s in Chinese", (v) => {
    const r = ZRateService.safeParse({ ...form, efficiency: v });
    expect(r.success).toBe(false);
    expect(zhIssue(r.error?.issues[0])).toBe("请为“办理效率”打分（1–5 分）");
  });

  it("refuses a comment over 500 characters", () => {
    expect(ZRateService.safeParse({ ...form, comment: "差".repeat(500) }).success).toBe(true);
    expect(zhIssue(ZRateService.safeParse({ ...form, comment: "差".repeat(501) }).error?.issues[0])).toBe("评价内容不能超过 500 个字");
  });

  it("a ticket note is 2–1000 characters", () => {
    expect(zhIssue(ZTicketNote.safeParse({ ticketId: "t", note: " 好 " }).error?.issues[0])).toBe("请填写情况说明（至少 2 个字）");
    expect(ZTicketNote.safeParse({ ticketId: "t", note: "已电话回访" }).success).toBe(true);
    expect(ZTicketNote.safeParse({ ticketId: "t", note: "x".repeat(1001) }).success).toBe(false);
  });

  it("the same five scores and comment are the same rating", () => {
    const a = { overall: 1, efficiency: 2, guideAccuracy: 3, convenience: 4, usability: 5, comment: "慢" };
    expect(sameRating(a, { ...a, comment: " 慢 " })).toBe(true);
    expect(sameRating(a, { ...a, usability: 4 })).toBe(false);
    expect(sameRating(a, { ...a, comment: "很慢" })).toBe(false);
  });
});
