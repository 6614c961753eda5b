// The holiday calendar as editable data, on the real database: the administrator adds a day off inside an
// open task's window and the task's due dates move later by one working day in the same transaction; the
// day removed moves them back; a make-up Saturday (调休上班) brings them forward; a new name alone moves
// nothing. Pointless rows and other roles are refused and write nothing; every change is audited.
// Everything happens in 2031, a year no seeded row and no other test touches (each file has its own
// database copy anyway — setup-db.ts); the rows are removed afterwards.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { saveHoliday as saveParsed } from "@/lib/admin/save-holiday";
import { deleteHoliday as deleteParsed } from "@/lib/admin/delete-holiday";
import { ZDeleteHoliday, ZSaveHoliday } from "@/lib/calendar/schemas";
import { parseInput } from "@/lib/errors";
import { rejectionText } from "../support/messages";
import { listHolidays } from "@/lib/calendar/list-holidays";
import { sessionUserOf } from "../factories";
import { dispatchedS1 } from "../factories/approvals";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-holidays-"));

/** An instant on a Shanghai calendar day at a Shanghai hour. */
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);
const dayOf = (instant: Date | null) => (instant ? new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null);
// Monday 2031-03-03: the window accepts and dispatches; the founder supplements the same day, so every
// department's clock runs from then with nothing paused.
const MON = "2031-03-03";
const WED = "2031-03-05";
const SAT = "2031-03-08";
const NOW = at("2031-02-20");

const db = () => getDb();
/** As the actions do it: the schema parses the form's input, then the domain acts on the typed input. */
type Opts = { actor: SessionUser; now: Date; input: unknown };
const saveHoliday = (o: Opts) => Promise.resolve().then(() => saveParsed({ ...o, input: parseInput(ZSaveHoliday, o.input) }));
const deleteHoliday = (o: Opts) => Promise.resolve().then(() => deleteParsed({ ...o, input: parseInput(ZDeleteHoliday, o.input) }));
let admin: SessionUser;
let s1: Awaited<ReturnType<typeof dispatchedS1>>;
const dues = async () =>
  Object.fromEntries(
    (await db().approvalTask.findMany({ where: { applicationId: s1.id }, include: { department: { select: { code: true } } } })).map((t) => [
      t.department.code,
      { promised: dayOf(t.promisedDueAt), statutory: dayOf(t.statutoryDueAt), promisedDays: t.promisedDays },
    ]),
  );
const audits = (date: string) => db().auditLog.findMany({ where: { entityType: "Holiday", entityId: date }, orderBy: { at: "asc" } });

beforeAll(async () => {
  admin = await sessionUserOf("admin");
  s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11), supplementAt: at(MON, 14) });
});

afterAll(async () => {
  await db().holiday.deleteMany({ where: { date: { gte: new Date("2031-01-01T00:00:00Z"), lt: new Date("2032-01-01T00:00:00Z") } } });
});

describe("editing the holiday calendar re-times every open task", () => {
  it("a day off on a Wednesday inside the window moves each due date one working day later; removing it moves them back", async () => {
    const before = await dues();
    // 市场监管's registration is 即办件 (due the day of dispatch); 烟草 and 文旅 promise 5 working days
    // (due Monday 03-10) within a statutory 20 (due 03-31): those cross Wednesday 03-05.
    expect(before).toEqual({
      SCJG: { promised: MON, statutory: MON, promisedDays: 0 },
      YCJ: { promised: "2031-03-10", statutory: "2031-03-31", promisedDays: 5 },
      WHLY: { promised: "2031-03-10", statutory: "2031-03-31", promisedDays: 5 },
    });

    const saved = await saveHoliday({ actor: admin, now: NOW, input: { date: WED, name: "测试放假", kind: "HOLIDAY" } });
    expect(saved).toEqual({ date: WED, name: "测试放假", kind: "HOLIDAY", created: true, rescheduled: 2 });
    // One working day later each: 03-04, 03-06, 03-07, 03-10, 03-11; a deadline before the day stays.
    expect(await dues()).toEqual({
      SCJG: before.SCJG,
      YCJ: { promised: "2031-03-11", statutory: "2031-04-01", promisedDays: 5 },
      WHLY: { promised: "2031-03-11", statutory: "2031-04-01", promisedDays: 5 },
    });

    const view = await listHolidays({ actor: admin, now: NOW, year: "2031" });
    expect(view.rows).toEqual([{ date: WED, weekday: 3, name: "测试放假", kind: "HOLIDAY", changesDay: true }]);
    // March 2031 has 21 weekdays; one is now off.
    expect(view.workingDaysByMonth[2]).toBe(20);
    expect(view.years).toContainEqual({ year: 2031, days: 1 });

    const removed = await deleteHoliday({ actor: admin, now: at("2031-02-21"), input: { date: WED } });
    expect(removed).toEqual({ date: WED, rescheduled: 2 });
    expect(await dues()).toEqual(before);
    expect(await db().holiday.count({ where: { date: new Date(`${WED}T00:00:00Z`) } })).toBe(0);

    const log = await audits(WED);
    expect(log.map((a) => ({ action: a.action, actorId: a.actorId, before: a.before, after: a.after }))).toEqual([
      { action: "holiday.save", actorId: admin.id, before: null, after: { name: "测试放假", kind: "HOLIDAY", rescheduled: 2 } },
      { action: "holiday.delete", actorId: admin.id, before: { name: "测试放假", kind: "HOLIDAY" }, after: { rescheduled: 2 } },
    ]);
  });

  it("a make-up Saturday (调休上班) brings the due dates forward; a new name alone moves nothing", async () => {
    const before = await dues();
    const saved = await saveHoliday({ actor: admin, now: NOW, input: { date: SAT, name: "测试调休上班", kind: "WORKDAY" } });
    expect(saved.rescheduled).toBe(2);
    const after = await dues();
    // 5 promised days from Monday 03-03: 03-04 … 03-07 and the working Saturday 03-08; 20 statutory: 03-28.
    expect(after).toEqual({
      SCJG: before.SCJG,
      YCJ: { promised: SAT, statutory: "2031-03-28", promisedDays: 5 },
      WHLY: { promised: SAT, statutory: "2031-03-28", promisedDays: 5 },
    });

    const renamed = await saveHoliday({ actor: admin, now: NOW, input: { date: SAT, name: "测试调休上班（更正）", kind: "WORKDAY" } });
    expect(renamed).toEqual({ date: SAT, name: "测试调休上班（更正）", kind: "WORKDAY", created: false, rescheduled: 0 });
    expect(await dues()).toEqual(after);
    const log = await audits(SAT);
    expect(log.at(-1)).toMatchObject({
      action: "holiday.save",
      before: { name: "测试调休上班", kind: "WORKDAY" },
      after: { name: "测试调休上班（更正）", kind: "WORKDAY", rescheduled: 0 },
    });

    await deleteHoliday({ actor: admin, now: NOW, input: { date: SAT } });
    expect(await dues()).toEqual(before);
  });
});

describe("what the calendar refuses", () => {
  const footprint = async () => ({
    rows: await db().holiday.count(),
    audits: await db().auditLog.count({ where: { entityType: "Holiday" } }),
    dues: await dues(),
  });

  it("anyone but the administrator gets FORBIDDEN, and nothing is written", async () => {
    const start = await footprint();
    for (const username of ["window", "dept-scjg", "regulator", "founder"]) {
      const actor = await sessionUserOf(username);
      await expect(saveHoliday({ actor, now: NOW, input: { date: WED, name: "放假", kind: "HOLIDAY" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deleteHoliday({ actor, now: NOW, input: { date: "2026-10-01" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listHolidays({ actor, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await footprint()).toEqual(start);
  });

  it("a make-up working day on a Wednesday, a day off on a Sunday and dates outside 2000–2100 are BAD_INPUT, and nothing is written", async () => {
    const start = await footprint();
    const workday = saveHoliday({ actor: admin, now: NOW, input: { date: WED, name: "调休", kind: "WORKDAY" } });
    await expect(workday).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await rejectionText(workday)).toBe("2031-03-05 是星期三，本来就是工作日，无需登记为“调休上班”；调休上班日只登记在星期六或星期日");
    const sunday = saveHoliday({ actor: admin, now: NOW, input: { date: "2031-03-09", name: "放假", kind: "HOLIDAY" } });
    await expect(sunday).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await rejectionText(sunday)).toContain("星期日，本来就是休息日");
    const outside = saveHoliday({ actor: admin, now: NOW, input: { date: "2101-01-01", name: "放假", kind: "HOLIDAY" } });
    await expect(outside).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await rejectionText(outside)).toBe("只能维护 2000 年至 2100 年的日期");
    await expect(saveHoliday({ actor: admin, now: NOW, input: { date: WED, name: " ", kind: "HOLIDAY" } })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await footprint()).toEqual(start);
  });

  it("deleting a day that is not in the calendar is NOT_FOUND", async () => {
    await expect(deleteHoliday({ actor: admin, now: NOW, input: { date: "2031-03-12" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("one year of the calendar", () => {
  it("defaults to the current year in Asia/Shanghai and lists the seeded 2026 schedule with its month counts", async () => {
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Shanghai.
    expect((await listHolidays({ actor: admin, now: new Date("2026-12-31T17:00:00Z") })).year).toBe(2027);
    const y2026 = await listHolidays({ actor: admin, now: NOW, year: 2026 });
    expect(y2026.years.find((y) => y.year === 2026)?.days).toBe(y2026.rows.length);
    expect(y2026.rows.find((r) => r.date === "2026-10-10")).toEqual({
      date: "2026-10-10",
      weekday: 6,
      name: "国庆节调休上班",
      kind: "WORKDAY",
      changesDay: true,
    });
    // The seed lists whole spans: Saturday 10-03 is off anyway.
    expect(y2026.rows.find((r) => r.date === "2026-10-03")).toMatchObject({ kind: "HOLIDAY", changesDay: false });
    expect(y2026.workingDaysByMonth[9]).toBe(18);
    // A year with nothing entered: Monday–Friday only, offered next to the current year.
    const empty = await listHolidays({ actor: admin, now: NOW, year: 2033 });
    expect(empty.rows).toEqual([]);
    expect(empty.workingDaysByMonth.reduce((a, b) => a + b)).toBe(260);
    expect(empty.years.map((y) => y.year)).toEqual(expect.arrayContaining([2026, 2030, 2031, 2032, 2033]));
  });
});
