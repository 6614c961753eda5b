// 好差评 and 差评整改 on the real database: who may rate which unit when (the window once issued, a
// department once its step is decided), one rating per application and unit (an identical resubmit returns
// it), a bad rating opens a ticket with deadlines in Asia/Shanghai working days over weekends and holidays
// and tells that unit's officers; the unit calls back, then records the fix (in that order, one of two
// officers at once), the applicant re-rates once, which supersedes the rating and closes the ticket.
// Everything scoped: another applicant, another department or the window get NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { AppError, parseInput } from "@/lib/errors";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { rateService as rateParsed, rerateService as rerateParsed } from "@/lib/ratings/rate-service";
import { recordCallback as callbackParsed, recordRectification as rectifyParsed } from "@/lib/ratings/record-ticket-step";
import { ZRateService, ZRerateService, ZTicketNote } from "@/lib/ratings/schemas";
import { zhError, zhNotice } from "../support/messages";
import { getApplicationRatings } from "@/lib/ratings/get-application-ratings";
import { getTicket, listTickets } from "@/lib/ratings/list-tickets";
import { makeApplication, makeEnterpriseWithApplicant, makeTask, sessionUserOf } from "../factories";

const db = () => getDb();

/** As the actions do it: the schema parses the form's input, then the domain acts on the typed input. */
type Opts = { actor: SessionUser; now: Date; input: unknown };
const via =
  <S extends Parameters<typeof parseInput>[0], R>(schema: S, run: (o: { actor: SessionUser; now: Date; input: never }) => Promise<R>) =>
  (o: Opts) =>
    Promise.resolve().then(() => run({ ...o, input: parseInput(schema, o.input) as never }));
const rateService = via(ZRateService, rateParsed);
const rerateService = via(ZRerateService, rerateParsed);
const recordCallback = via(ZTicketNote, callbackParsed);
const recordRectification = via(ZTicketNote, rectifyParsed);

let scjg: SessionUser;
let scjgHead: SessionUser;
let ycj: SessionUser;
let window: SessionUser;
beforeAll(async () => {
  [scjg, scjgHead, ycj, window] = await Promise.all([
    sessionUserOf("dept-scjg"),
    sessionUserOf("head-scjg"),
    sessionUserOf("dept-ycj"),
    sessionUserOf("window"),
  ]);
  expect(scjgHead.departmentId).toBe(scjg.departmentId);
  expect(ycj.departmentId).not.toBe(scjg.departmentId);
});

/** The refusal's code and its words as a Chinese applicant or officer reads them. */
async function refusal(p: Promise<unknown>): Promise<{ code: AppError["code"]; message: string }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return { code: (e as AppError).code, message: zhError(e) };
}

/** The end of a Shanghai day, as ticket deadlines are stored. */
const endOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`);
const SUBMITTED = new Date("2026-09-01T02:00:00Z");

/**
 * A fresh applicant's application in `status` with a task of SCJG and of YCJ in the statuses given.
 * The tasks are rows, not a journey: what matters here is only whether each step is decided.
 */
async function application(label: string, status: "ACCEPTED" | "DECIDED" | "ISSUED", tasks: { scjg: TaskStatus; ycj: TaskStatus }) {
  const { actor } = await makeEnterpriseWithApplicant(label);
  const app = await makeApplication({ applicant: actor, status, submittedAt: SUBMITTED });
  for (const [departmentId, taskStatus] of [
    [scjg.departmentId!, tasks.scjg],
    [ycj.departmentId!, tasks.ycj],
  ] as const) {
    await makeTask({ applicationId: app.id, departmentId, status: taskStatus, dispatchedAt: SUBMITTED, promisedDueAt: new Date("2026-09-20T15:59:59Z") });
  }
  return { applicant: actor, app };
}

const issued = (label: string) => application(label, "ISSUED", { scjg: "APPROVED", ycj: "REJECTED" });
const scores = (overall: number, rest = 3) => ({ overall, efficiency: rest, guideAccuracy: rest, convenience: rest, usability: rest });
const officersOf = (departmentId: string | null) =>
  db().user.findMany({ where: departmentId ? { role: "DEPT_OFFICER", departmentId } : { role: "WINDOW_OFFICER" }, select: { id: true } });
const notesLinking = async (path: string) =>
  (await db().notification.findMany({ where: { link: path }, select: { userId: true, key: true, params: true } })).map((n) => ({
    userId: n.userId,
    ...zhNotice(n),
  }));

describe("when a unit may be rated", () => {
  it("the window only once the application is issued; a department only once its step is decided", async () => {
    const { applicant, app } = await application("未办结", "ACCEPTED", { scjg: "APPROVED", ycj: "IN_REVIEW" });
    const now = new Date("2026-09-10T02:00:00Z");
    const early = await refusal(rateService({ actor: applicant, now, input: { applicationId: app.id, unit: "WINDOW", ...scores(5) } }));
    expect(early.code).toBe("CONFLICT");
    expect(early.message).toBe("申请办结（统一出件）后，才能评价综合窗口的服务");
    const undecided = await refusal(rateService({ actor: applicant, now, input: { applicationId: app.id, unit: ycj.departmentId, ...scores(5) } }));
    expect(undecided.code).toBe("CONFLICT");
    expect(undecided.message).toMatch(/作出审批决定后，才能评价该部门的服务$/);
    // A department with no step on this application is not a unit of it.
    const other = await db().department.findFirstOrThrow({ where: { id: { notIn: [scjg.departmentId!, ycj.departmentId!] } } });
    expect((await refusal(rateService({ actor: applicant, now, input: { applicationId: app.id, unit: other.id, ...scores(5) } }))).code).toBe("NOT_FOUND");
    expect(await db().serviceReview.count({ where: { applicationId: app.id } })).toBe(0);

    // The decided department may be rated now; the page says so, unit by unit.
    const page = await getApplicationRatings({ actor: applicant, now, applicationId: app.id });
    expect(page.units.map((u) => [u.unit, u.canRate, u.waitingFor])).toEqual(
      expect.arrayContaining([
        [scjg.departmentId, true, null],
        [ycj.departmentId, false, "decision"],
        ["WINDOW", false, "issue"],
      ]),
    );
    expect(page.units).toHaveLength(3);
    const r = await rateService({ actor: applicant, now, input: { applicationId: app.id, unit: scjg.departmentId, ...scores(4), comment: "审批很快" } });
    expect(r).toMatchObject({ created: true, ticketId: null });

    // Once decided (approved or rejected) and once issued, the rest may be rated too.
    await db().approvalTask.updateMany({ where: { applicationId: app.id, departmentId: ycj.departmentId! }, data: { status: "REJECTED" } });
    await db().application.update({ where: { id: app.id }, data: { status: "ISSUED" } });
    await rateService({ actor: applicant, now, input: { applicationId: app.id, unit: ycj.departmentId, ...scores(3) } });
    await rateService({ actor: applicant, now, input: { applicationId: app.id, unit: "WINDOW", ...scores(5) } });
    const rows = await db().serviceReview.findMany({ where: { applicationId: app.id }, orderBy: { unitKey: "asc" } });
    expect(rows.map((x) => [x.unitKey, x.departmentId, x.round, x.overall, x.userId]).sort()).toEqual(
      [
        [scjg.departmentId, scjg.departmentId, 1, 4, applicant.id],
        [ycj.departmentId, ycj.departmentId, 1, 3, applicant.id],
        ["WINDOW", null, 1, 5, applicant.id],
      ].sort(),
    );
    expect(await db().rectificationTicket.count({ where: { applicationId: app.id } })).toBe(0);
    const after = await getApplicationRatings({ actor: applicant, now, applicationId: app.id });
    expect(after.units.every((u) => !u.canRate && u.rating !== null && !u.canRerate)).toBe(true);
  });
});

describe("a bad rating opens a ticket", () => {
  it("a department rated 2 on a Friday: call back by Monday, fix within 15 working days; the department's officers told, audited", async () => {
    const { applicant, app } = await issued("周五差评");
    // Fri 2026-11-20 16:00 Beijing. Call back: Mon 11-23. Fix: 11-23..27 (1–5), 11-30..12-04 (6–10), 12-07..11 (11–15).
    const now = new Date("2026-11-20T08:00:00Z");
    const r = await rateService({
      actor: applicant,
      now,
      input: { applicationId: app.id, unit: scjg.departmentId, ...scores(2, 4), comment: "窗口让我跑了两次" },
    });
    expect(r.created).toBe(true);
    const ticket = await db().rectificationTicket.findUniqueOrThrow({ where: { id: r.ticketId! } });
    expect(ticket).toMatchObject({
      reviewId: r.reviewId,
      applicationId: app.id,
      departmentId: scjg.departmentId,
      status: "OPEN",
      version: 0,
      calledBackAt: null,
      rectifiedAt: null,
    });
    expect(ticket.openedAt).toEqual(now);
    expect(ticket.callbackDueAt).toEqual(endOf("2026-11-23"));
    expect(ticket.fixDueAt).toEqual(endOf("2026-12-11"));
    const review = await db().serviceReview.findUniqueOrThrow({ where: { id: r.reviewId } });
    expect(review).toMatchObject({
      overall: 2,
      efficiency: 4,
      guideAccuracy: 4,
      convenience: 4,
      usability: 4,
      comment: "窗口让我跑了两次",
      round: 1,
      supersededAt: null,
    });

    // Every officer of SCJG, and no one else, is told, with a link to the ticket.
    const notes = await notesLinking(`/dept/ratings/${ticket.id}`);
    expect(notes.map((n) => n.userId).sort()).toEqual((await officersOf(scjg.departmentId)).map((u) => u.id).sort());
    expect(notes.length).toBeGreaterThanOrEqual(4);
    expect(notes[0]!.body).toContain("2026-11-23");
    expect(notes[0]!.body).toContain("2026-12-11");
    expect(notes[0]!.body).toContain("窗口让我跑了两次");
    const audit = await db().auditLog.findMany({ where: { entityId: { in: [r.reviewId, ticket.id] } }, orderBy: { action: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["rating.submit", "rating.ticket.open"]);
    expect(audit.every((a) => a.actorId === applicant.id)).toBe(true);
  });

  it("the window rated 1 across National Day and its make-up Saturday: every window officer told", async () => {
    const { applicant, app } = await issued("国庆差评");
    // Wed 2026-09-30 10:00 Beijing; 10-01..07 holidays. Call back: Thu 10-08. Fix: 10-08 (1), 10-09 (2),
    // make-up Sat 10-10 (3), 10-12..16 (4–8), 10-19..23 (9–13), 10-26 (14), 10-27 (15).
    const now = new Date("2026-09-30T02:00:00Z");
    const r = await rateService({ actor: applicant, now, input: { applicationId: app.id, unit: "WINDOW", ...scores(1), comment: "" } });
    const ticket = await db().rectificationTicket.findUniqueOrThrow({ where: { id: r.ticketId! } });
    expect(ticket.departmentId).toBeNull();
    expect(ticket.callbackDueAt).toEqual(endOf("2026-10-08"));
    expect(ticket.fixDueAt).toEqual(endOf("2026-10-27"));
    const notes = await notesLinking(`/desk/ratings/${ticket.id}`);
    expect(notes.map((n) => n.userId).sort()).toEqual((await officersOf(null)).map((u) => u.id).sort());
    expect(notes.length).toBeGreaterThanOrEqual(1);
  });

  it("a good rating (3 and above) opens none and tells no one", async () => {
    const { applicant, app } = await issued("好评");
    const before = await db().notification.count();
    const r = await rateService({
      actor: applicant,
      now: new Date("2026-11-20T08:00:00Z"),
      input: { applicationId: app.id, unit: scjg.departmentId, ...scores(3, 1) },
    });
    expect(r.ticketId).toBeNull();
    expect(await db().rectificationTicket.count({ where: { applicationId: app.id } })).toBe(0);
    expect(await db().notification.count()).toBe(before);
  });
});

describe("one rating per application and unit", () => {
  it("a different second rating is refused in plain Chinese; an identical resubmit returns the first", async () => {
    const { applicant, app } = await issued("重复评价");
    const now = new Date("2026-11-20T08:00:00Z");
    const input = { applicationId: app.id, unit: scjg.departmentId!, ...scores(1), comment: "太慢" };
    const first = await rateService({ actor: applicant, now, input });
    const notes = await db().notification.count();

    const again = await rateService({ actor: applicant, now: new Date("2026-11-20T09:00:00Z"), input: { ...input, comment: " 太慢 " } });
    expect(again).toEqual({ reviewId: first.reviewId, ticketId: first.ticketId, created: false });

    const different = await refusal(rateService({ actor: applicant, now, input: { ...input, overall: 5 } }));
    expect(different.code).toBe("CONFLICT");
    expect(different.message).toMatch(/^已评价过.+：每项办理服务只能评价一次。差评经整改后，您可以再评价一次。$/);

    // Both sent at the same instant: one row, one ticket, both answered.
    const { applicant: a2, app: app2 } = await issued("同时提交");
    const input2 = { applicationId: app2.id, unit: "WINDOW", ...scores(2) };
    const both = await Promise.all([rateService({ actor: a2, now, input: input2 }), rateService({ actor: a2, now, input: input2 })]);
    expect(both[0]!.reviewId).toBe(both[1]!.reviewId);
    expect(both.filter((b) => b.created)).toHaveLength(1);
    expect(await db().serviceReview.count({ where: { applicationId: { in: [app.id, app2.id] } } })).toBe(2);
    expect(await db().rectificationTicket.count({ where: { applicationId: { in: [app.id, app2.id] } } })).toBe(2);
    expect(await db().notification.count()).toBe(notes + (await officersOf(null)).length);
  });
});

describe("scoping", () => {
  it("another applicant, another department's officer and the window get NOT_FOUND; an applicant cannot act on tickets", async () => {
    const { applicant, app } = await issued("范围");
    const { actor: stranger } = await makeEnterpriseWithApplicant("他人");
    const now = new Date("2026-11-20T08:00:00Z");
    const input = { applicationId: app.id, unit: scjg.departmentId, ...scores(1) };
    expect((await refusal(rateService({ actor: stranger, now, input }))).code).toBe("NOT_FOUND");
    expect((await refusal(getApplicationRatings({ actor: stranger, now, applicationId: app.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(rateService({ actor: scjg, now, input }))).code).toBe("FORBIDDEN");

    const { ticketId } = await rateService({ actor: applicant, now, input });
    const { ticketId: windowTicket } = await rateService({ actor: applicant, now, input: { ...input, unit: "WINDOW" } });
    const note = { ticketId: ticketId!, note: "已电话回访申请人" };
    for (const actor of [ycj, window]) {
      expect((await refusal(recordCallback({ actor, now, input: note }))).code).toBe("NOT_FOUND");
      expect((await refusal(getTicket({ actor, now, id: ticketId! }))).code).toBe("NOT_FOUND");
      expect((await listTickets({ actor, now, input: { filter: "all" } })).rows.map((t) => t.id)).not.toContain(ticketId);
    }
    expect((await refusal(recordCallback({ actor: scjg, now, input: { ...note, ticketId: windowTicket! } }))).code).toBe("NOT_FOUND");
    expect((await refusal(getTicket({ actor: scjg, now, id: windowTicket! }))).code).toBe("NOT_FOUND");
    expect((await listTickets({ actor: window, now })).rows.map((t) => t.id)).toContain(windowTicket);
    expect((await listTickets({ actor: scjg, now })).rows.map((t) => t.id)).toContain(ticketId);
    expect((await refusal(recordCallback({ actor: applicant, now, input: note }))).code).toBe("FORBIDDEN");
    expect((await db().rectificationTicket.findUniqueOrThrow({ where: { id: ticketId! } })).status).toBe("OPEN");
  });
});

describe("the ticket's steps", () => {
  it("call back before the fix; each once; a note of 2–1000 characters; the applicant told after the fix", async () => {
    const { applicant, app } = await issued("整改顺序");
    const openedAt = new Date("2026-11-20T08:00:00Z");
    const { ticketId } = await rateService({ actor: applicant, now: openedAt, input: { applicationId: app.id, unit: scjg.departmentId, ...scores(2) } });
    const id = ticketId!;
    const t1 = new Date("2026-11-23T03:00:00Z");

    const tooEarly = await refusal(recordRectification({ actor: scjg, now: t1, input: { ticketId: id, note: "已整改" } }));
    expect(tooEarly).toMatchObject({ code: "CONFLICT", message: "请先回访申请人并记录回访情况，再记录整改结果" });
    expect((await refusal(recordCallback({ actor: scjg, now: t1, input: { ticketId: id, note: "好" } }))).code).toBe("BAD_INPUT");

    expect(await recordCallback({ actor: scjg, now: t1, input: { ticketId: id, note: "已电话回访，申请人反映材料要求不清", expectedVersion: 0 } })).toEqual({
      status: "CALLED_BACK",
      version: 1,
    });
    const twice = await refusal(recordCallback({ actor: scjgHead, now: t1, input: { ticketId: id, note: "再次回访" } }));
    expect(twice).toMatchObject({ code: "CONFLICT", message: "已记录回访，请刷新页面查看" });
    // A stale page (the version the officer saw) is told, not acted on.
    expect((await refusal(recordRectification({ actor: scjg, now: t1, input: { ticketId: id, note: "已修订办事指南", expectedVersion: 0 } }))).code).toBe(
      "CONFLICT",
    );

    const t2 = new Date("2026-12-01T03:00:00Z");
    expect(await recordRectification({ actor: scjgHead, now: t2, input: { ticketId: id, note: "已修订办事指南材料清单", expectedVersion: 1 } })).toEqual({
      status: "RECTIFIED",
      version: 2,
    });
    expect((await refusal(recordRectification({ actor: scjg, now: t2, input: { ticketId: id, note: "再次整改" } }))).message).toBe(
      "已记录整改结果，请刷新页面查看",
    );
    const row = await db().rectificationTicket.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "RECTIFIED",
      version: 2,
      callbackById: scjg.id,
      callbackNote: "已电话回访，申请人反映材料要求不清",
      rectifiedById: scjgHead.id,
      rectificationNote: "已修订办事指南材料清单",
    });
    expect(row.calledBackAt).toEqual(t1);
    expect(row.rectifiedAt).toEqual(t2);
    expect((await db().auditLog.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map((a) => [a.action, a.actorId])).toEqual([
      ["rating.ticket.open", applicant.id],
      ["rating.ticket.callback", scjg.id],
      ["rating.ticket.rectify", scjgHead.id],
    ]);
    const told = await db().notification.findMany({ where: { userId: applicant.id } });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ link: `/my/applications/${app.id}` });
    expect(zhNotice(told[0]!).body).toContain("已修订办事指南材料清单");
    expect(zhNotice(told[0]!).body).toContain("再评价一次");
  });

  it("two officers call back at the same moment: exactly one wins, the other is told plainly", async () => {
    const { applicant, app } = await issued("同时回访");
    const now = new Date("2026-11-20T08:00:00Z");
    const { ticketId } = await rateService({ actor: applicant, now, input: { applicationId: app.id, unit: scjg.departmentId, ...scores(1) } });
    const results = await Promise.allSettled(
      [scjg, scjgHead].map((actor) => recordCallback({ actor, now, input: { ticketId: ticketId!, note: `${actor.name}已回访` } })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    expect(lost[0]!.reason).toMatchObject({ code: "CONFLICT" });
    expect(zhError(lost[0]!.reason)).toMatch(/其他人员|已记录回访/);
    const row = await db().rectificationTicket.findUniqueOrThrow({ where: { id: ticketId! } });
    expect(row).toMatchObject({ status: "CALLED_BACK", version: 1 });
    expect(await db().auditLog.count({ where: { entityId: ticketId!, action: "rating.ticket.callback" } })).toBe(1);
  });
});

describe("re-rating", () => {
  it("only after the fix, only once; it supersedes the rating, closes the ticket and opens no new one even if bad", async () => {
    const { applicant, app } = await issued("再评价");
    const openedAt = new Date("2026-11-20T08:00:00Z");
    const unit = scjg.departmentId!;
    const first = await rateService({ actor: applicant, now: openedAt, input: { applicationId: app.id, unit, ...scores(2), comment: "慢" } });
    const id = first.ticketId!;
    const rerate = { applicationId: app.id, unit, ...scores(2, 2), comment: "还是不满意" };
    const t = new Date("2026-11-24T03:00:00Z");

    expect((await refusal(rerateService({ actor: applicant, now: t, input: rerate }))).message).toMatch(/尚未完成整改，整改完成后才能再评价$/);
    await recordCallback({ actor: scjg, now: t, input: { ticketId: id, note: "已电话回访" } });
    expect((await refusal(rerateService({ actor: applicant, now: t, input: rerate }))).code).toBe("CONFLICT");
    await recordRectification({ actor: scjg, now: t, input: { ticketId: id, note: "已整改" } });
    expect((await getApplicationRatings({ actor: applicant, now: t, applicationId: app.id })).units.find((u) => u.unit === unit)).toMatchObject({
      canRerate: true,
      canRate: false,
    });
    // Another applicant cannot re-rate it.
    const { actor: stranger } = await makeEnterpriseWithApplicant("他人再评");
    expect((await refusal(rerateService({ actor: stranger, now: t, input: rerate }))).code).toBe("NOT_FOUND");

    const at = new Date("2026-11-25T03:00:00Z");
    const second = await rerateService({ actor: applicant, now: at, input: rerate });
    expect(second).toMatchObject({ ticketId: id, created: true });
    const [round1, round2] = await Promise.all([
      db().serviceReview.findUniqueOrThrow({ where: { id: first.reviewId } }),
      db().serviceReview.findUniqueOrThrow({ where: { id: second.reviewId } }),
    ]);
    expect(round1.supersededAt).toEqual(at);
    expect(round2).toMatchObject({ round: 2, unitKey: unit, departmentId: unit, overall: 2, comment: "还是不满意", supersededAt: null });
    const ticket = await db().rectificationTicket.findUniqueOrThrow({ where: { id } });
    expect(ticket).toMatchObject({ status: "CLOSED", rerateReviewId: second.reviewId, version: 3 });
    expect(ticket.closedAt).toEqual(at);
    // A bad re-rating is final: no new ticket.
    expect(await db().rectificationTicket.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityId: { in: [second.reviewId, id] }, action: { in: ["rating.rerate", "rating.ticket.close"] } } })).toBe(2);

    // Once: the identical form again is answered with the re-rating; anything else is refused.
    expect(await rerateService({ actor: applicant, now: at, input: rerate })).toEqual({ reviewId: second.reviewId, ticketId: id, created: false });
    const third = await refusal(rerateService({ actor: applicant, now: at, input: { ...rerate, overall: 5 } }));
    expect(third.message).toMatch(/^已再评价过.+再评价为最终评价。$/);
    expect(await db().serviceReview.count({ where: { applicationId: app.id } })).toBe(2);
    const page = await getApplicationRatings({ actor: applicant, now: at, applicationId: app.id });
    expect(page.units.find((u) => u.unit === unit)).toMatchObject({ canRerate: false, rerating: { overall: 2 }, ticket: { status: "CLOSED" } });
  });

  it("a good rating has nothing to re-rate", async () => {
    const { applicant, app } = await issued("好评不可再评");
    const now = new Date("2026-11-20T08:00:00Z");
    await rateService({ actor: applicant, now, input: { applicationId: app.id, unit: "WINDOW", ...scores(4) } });
    expect((await refusal(rerateService({ actor: applicant, now, input: { applicationId: app.id, unit: "WINDOW", ...scores(5) } }))).message).toBe(
      "只有差评（总体满意度 2 分及以下）经整改后，才能再评价一次",
    );
    expect((await refusal(rerateService({ actor: applicant, now, input: { applicationId: app.id, unit: scjg.departmentId, ...scores(5) } }))).message).toMatch(
      /^您还没有评价过/,
    );
  });
});

describe("overdue flags", () => {
  it("call-back overdue after its day, fix overdue after its 15th working day; late steps stay late", async () => {
    const { applicant, app } = await issued("超期");
    const openedAt = new Date("2026-11-20T08:00:00Z"); // call back by 11-23, fix by 12-11
    const { ticketId } = await rateService({ actor: applicant, now: openedAt, input: { applicationId: app.id, unit: scjg.departmentId, ...scores(1) } });
    const id = ticketId!;
    const flagsAt = async (now: Date) => (await listTickets({ actor: scjg, now })).rows.find((r) => r.id === id);

    expect(await flagsAt(endOf("2026-11-23"))).toMatchObject({ callbackOverdue: false, fixOverdue: false });
    expect(await flagsAt(new Date("2026-11-24T00:00:00+08:00"))).toMatchObject({ callbackOverdue: true, fixOverdue: false });
    expect(await flagsAt(new Date("2026-12-12T00:00:00+08:00"))).toMatchObject({ callbackOverdue: true, fixOverdue: true });

    // Called back late: no longer overdue for the call-back, but late, and the fix still runs.
    const late = new Date("2026-11-25T02:00:00Z");
    await recordCallback({ actor: scjg, now: late, input: { ticketId: id, note: "迟到的回访" } });
    expect(await flagsAt(new Date("2026-12-01T00:00:00+08:00"))).toMatchObject({
      status: "CALLED_BACK",
      callbackOverdue: false,
      callbackLate: true,
      fixOverdue: false,
    });
    const afterFixDue = new Date("2026-12-14T02:00:00Z");
    expect(await flagsAt(afterFixDue)).toMatchObject({ fixOverdue: true });
    // The overdue list puts it where officers look: among the open tickets.
    expect((await listTickets({ actor: scjg, now: afterFixDue, input: { filter: "open" } })).rows.map((r) => r.id)).toContain(id);

    await recordRectification({ actor: scjg, now: afterFixDue, input: { ticketId: id, note: "逾期完成整改" } });
    const detail = await getTicket({ actor: scjg, now: afterFixDue, id });
    expect(detail).toMatchObject({
      status: "RECTIFIED",
      callbackOverdue: false,
      fixOverdue: false,
      callbackLate: true,
      fixLate: true,
      rectificationNote: "逾期完成整改",
      callbackNote: "迟到的回访",
    });
    expect(detail.rating).toMatchObject({ overall: 1, efficiency: 3, guideAccuracy: 3, convenience: 3, usability: 3 });
    expect((await listTickets({ actor: scjg, now: afterFixDue, input: { filter: "open" } })).rows.map((r) => r.id)).not.toContain(id);
    expect((await listTickets({ actor: scjg, now: afterFixDue, input: { filter: "all" } })).rows.map((r) => r.id)).toContain(id);
    // And the applicant's page shows the same.
    const unit = (await getApplicationRatings({ actor: applicant, now: afterFixDue, applicationId: app.id })).units.find((u) => u.unit === scjg.departmentId)!;
    expect(unit.ticket).toMatchObject({ status: "RECTIFIED", callbackLate: true, fixLate: true });
    expect(unit.canRerate).toBe(true);
  });
});

describe("the unit's open list", () => {
  it("puts the call-backs still due first, nearest deadline first, then the fixes", async () => {
    const rate = async (label: string, at: string) => {
      const { applicant, app } = await issued(label);
      return (await rateService({ actor: applicant, now: new Date(at), input: { applicationId: app.id, unit: ycj.departmentId, ...scores(1) } })).ticketId!;
    };
    // Opened earliest, but already called back: its fix comes after every call-back still due.
    const calledBack = await rate("排序甲", "2026-10-12T02:00:00Z");
    await recordCallback({ actor: ycj, now: new Date("2026-10-12T05:00:00Z"), input: { ticketId: calledBack, note: "已回访申请人" } });
    const later = await rate("排序乙", "2026-10-15T02:00:00Z");
    const sooner = await rate("排序丙", "2026-10-13T02:00:00Z");
    const ids = (await listTickets({ actor: ycj, now: new Date("2026-10-16T02:00:00Z"), input: { filter: "open" } })).rows.map((r) => r.id);
    expect(ids.filter((id) => [calledBack, later, sooner].includes(id))).toEqual([sooner, later, calledBack]);
  });
});
