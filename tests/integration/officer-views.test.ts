// The officer views on the real database (issue 16 §3): the window's application page and a department's
// task page each read the application ONCE, with the form's rows among the ones they need, and build the
// form from those rows (build-application-form.ts) — no applicant posed as, no second read — and show the
// same form the applicant sees. Their refusals are catalog keys, read in Chinese and in English.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { isAppError } from "@/lib/errors";
import { translate } from "@/lib/i18n/core";
import { getWindowApplication } from "@/lib/approvals/get-window-application";
import { getDeptTask } from "@/lib/approvals/get-dept-task";
import { readMaterial } from "@/lib/approvals/read-material";
import { deptScope } from "@/lib/approvals/list-dept-tasks";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { submitApplication } from "@/lib/applications/submit-application";
import { returnApplication } from "@/lib/approvals/return-application";
import { reviseReturned } from "@/lib/approvals/revise-returned";
import { getApplicationTracking } from "@/lib/approvals/get-application-tracking";
import { makeFounder, submitS1 } from "../factories/s1";
import { acceptAsWindow, dispatchedS1 } from "../factories/approvals";
import { sessionUserOf } from "../factories";
import { english, zhError } from "../support/messages";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-officer-views-"));

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);
// Monday 2026-09-28, the first working day after 中秋 (09-25..27).
const MON = "2026-09-28";

const officers: Record<string, SessionUser> = {};
beforeAll(async () => {
  for (const name of ["window", "dept-scjg", "dept-whly", "dept-ycj"]) officers[name] = await sessionUserOf(name);
});

// Every query on the Application table while `run` runs, by operation (the one client getDb() hands out, extended to count).
const holder = globalThis as unknown as { prisma?: PrismaClient };
let original: PrismaClient | undefined;
afterEach(() => {
  if (original) holder.prisma = original;
  original = undefined;
});
async function applicationReads<T>(run: () => Promise<T>): Promise<{ result: T; reads: string[] }> {
  const reads: string[] = [];
  original = getDb();
  holder.prisma = original.$extends({
    query: {
      application: {
        $allOperations({ operation, args, query }) {
          reads.push(operation);
          return query(args);
        },
      },
    },
  }) as unknown as PrismaClient;
  try {
    return { result: await run(), reads };
  } finally {
    holder.prisma = original;
    original = undefined;
  }
}

describe("the officer views read the application once", () => {
  it("the window's page: one read, the documents resolved from the form built on it", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    const { result: app, reads } = await applicationReads(() => getWindowApplication({ actor: officers.window!, now: at("2026-09-29"), applicationId: s1.id }));
    expect(reads).toEqual(["findFirst"]);
    expect(app.id).toBe(s1.id);
    expect(app.status).toBe("ACCEPTED");
    expect(app.documents.length).toBeGreaterThan(0);
    // The portal-written documents (generated from the form, signed by the applicant) are found as generated.
    expect(app.documents.some((d) => d.provided === "generated")).toBe(true);
    expect(app.tasks.map((t) => t.status)).toEqual(["PENDING", "PENDING", "PENDING"]);
  });

  it("a department's task: one read, its part of the very form the applicant sees", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    const { result: view, reads } = await applicationReads(() =>
      getDeptTask({ actor: officers["dept-scjg"]!, now: at("2026-09-29"), taskId: s1.tasks.SCJG!.id }),
    );
    expect(reads).toEqual(["findFirst"]);
    expect(view.task.id).toBe(s1.tasks.SCJG!.id);

    // The applicant's own loader (the thin owner-checking wrapper) builds the same form from the same rows.
    const own = await getApplicationForm({ actor: s1.founder, applicationId: s1.id });
    const shown = view.form.flatMap((g) => g.fields);
    expect(shown.length).toBeGreaterThan(0);
    for (const f of shown) expect(f.value ?? null, f.key).toEqual(own.effective[f.key] ?? null);
    expect(shown.find((f) => f.key === "subject.name")?.value).toBe("上海金山晨光便利店有限公司");
  });

  it("scope stays: another department's task, an undispatched one or a made-up id is NOT_FOUND (a keyed refusal)", async () => {
    const s1 = await dispatchedS1({ submitAt: at(MON, 9), acceptAt: at(MON, 11) });
    const refusal = await getDeptTask({ actor: officers["dept-ycj"]!, now: at("2026-09-29"), taskId: s1.tasks.WHLY!.id }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "NOT_FOUND", key: "domain.approvals.errors.view.taskNotFound" });
    expect(zhError(refusal)).toBe("审批任务不存在");
    expect(isAppError(refusal) && translate(english, refusal.key, refusal.params)).toBe("Approval task not found");
    await expect(getDeptTask({ actor: officers["dept-scjg"]!, now: at("2026-09-29"), taskId: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await getDb().approvalTask.update({ where: { id: s1.tasks.SCJG!.id }, data: { dispatchedAt: null } });
    await expect(getDeptTask({ actor: officers["dept-scjg"]!, now: at("2026-09-29"), taskId: s1.tasks.SCJG!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const window = await getWindowApplication({ actor: officers.window!, now: at("2026-09-29"), applicationId: "no-such-application" }).catch(
      (e: unknown) => e,
    );
    expect(window).toMatchObject({ code: "NOT_FOUND", key: "domain.approvals.errors.view.applicationNotFound" });
    expect(zhError(window)).toBe("申请不存在");
  });

  it("files and the department binding refuse with keys too", async () => {
    const file = await readMaterial({ actor: officers.window!, materialId: "no-such-file" }).catch((e: unknown) => e);
    expect(file).toMatchObject({ code: "NOT_FOUND", key: "domain.approvals.errors.view.materialNotFound" });
    expect(zhError(file)).toBe("文件不存在");
    const unbound = { ...officers["dept-scjg"]!, departmentId: null };
    let refusal: unknown;
    try {
      deptScope(unbound);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({ code: "FORBIDDEN", key: "domain.approvals.errors.view.noDepartment" });
    expect(zhError(refusal)).toBe("您的账户未绑定审批部门，请联系管理员");
  });
});

describe("the history the applicant tracks", () => {
  it("shows every return with its own problem count, each revision and resubmission, and the acceptance, from the history rows", async () => {
    const founder = await makeFounder();
    const id = await submitS1(founder, at("2026-11-23", 9));
    const versionOf = async () => (await getDb().application.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    const giveBack = async (now: Date, problems: { problem: string }[]) =>
      returnApplication({ actor: officers.window!, now, input: { applicationId: id, expectedVersion: await versionOf(), problems } });
    const resubmit = async (now: Date) => {
      await reviseReturned({ actor: founder, now, input: { applicationId: id, expectedVersion: await versionOf() } });
      const again = await submitApplication({
        actor: founder,
        now: new Date(now.getTime() + 3600_000),
        input: { applicationId: id, expectedVersion: await versionOf() },
      });
      expect(again).toMatchObject({ ok: true });
    };
    await giveBack(at("2026-11-23", 11), [{ problem: "经营场所地址与租赁合同不一致" }, { problem: "租赁合同缺少出租方签章页" }]);
    await resubmit(at("2026-11-23", 14));
    await giveBack(at("2026-11-24", 11), [{ problem: "平面图未标明面积" }]);
    await resubmit(at("2026-11-24", 14));
    await acceptAsWindow({ applicationId: id, now: at("2026-11-25", 10) });

    const tr = await getApplicationTracking({ actor: founder, now: at("2026-11-25", 12), applicationId: id });
    const steps = tr.timeline.filter((e) => !["correctionRequested", "correctionAnswered", "supplemented"].includes(e.kind));
    expect(steps.map((e) => e.kind)).toEqual(["submitted", "returned", "revised", "resubmitted", "returned", "revised", "resubmitted", "accepted"]);
    expect(steps.filter((e) => e.kind === "returned").map((e) => [e.at, e.problems])).toEqual([
      [at("2026-11-23", 11), 2],
      [at("2026-11-24", 11), 1],
    ]);
    expect(steps.at(-1)!.at).toEqual(at("2026-11-25", 10));
    const rows = await getDb().applicationEvent.findMany({ where: { applicationId: id }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.type)).toEqual(["SUBMIT", "RETURN", "REVISE", "SUBMIT", "RETURN", "REVISE", "SUBMIT", "ACCEPT"]);
  });
});
