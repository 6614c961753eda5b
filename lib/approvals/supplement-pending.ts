import "server-only";
// 容缺后补: after acceptance the applicant uploads a material promised for later, before its deadline
// (珠海方案 二(二)3: 允许企业在规定时限内补充提交). The departments' clocks that waited for it run again.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError, parseInput } from "@/lib/errors";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { checkAndStoreUpload, type UploadedFile } from "@/lib/files/upload";
import { lockApplication } from "./application-detail";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import { ZSupplementPending } from "./schemas";

const LATE = "补交期限已过，容缺受理已终止，请联系综合窗口";

export async function supplementPending(opts: { actor: SessionUser; now: Date; input: unknown; file: UploadedFile }): Promise<{ supplemented: number }> {
  const { actor, now } = opts;
  assertCan(actor.role, "application.supplement");
  const input = parseInput(ZSupplementPending, opts.input);
  const db = getDb();
  const where = {
    applicationId: input.applicationId,
    status: "OPEN" as const,
    application: { applicantId: actor.id },
    requirement: { documentKey: input.documentKey },
  };
  const rows = await db.pendingMaterial.findMany({ where, select: { deadline: true } });
  if (!rows.length) throw new AppError("NOT_FOUND", "没有待补交的该项材料（可能已补交或已逾期）");
  // Checked before storing too, so a late upload leaves no file behind.
  if (rows.some((p) => p.deadline < now)) throw new AppError("CONFLICT", LATE);
  const stored = await checkAndStoreUpload(opts.file);

  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, { id: input.applicationId, status: ["ACCEPTED", "DECIDED"], applicantId: actor.id });
    const open = app.pending.filter((p) => p.status === "OPEN" && p.requirement.documentKey === input.documentKey);
    if (!open.length) throw new AppError("CONFLICT", "该材料已补交或已逾期，请刷新页面");
    if (open.some((p) => p.deadline < now)) throw new AppError("CONFLICT", LATE);
    const data = { ...stored, uploadedById: actor.id, uploadedAt: now };
    const material = await tx.material.upsert({
      where: { applicationId_documentKey: { applicationId: app.id, documentKey: input.documentKey } },
      create: { applicationId: app.id, documentKey: input.documentKey, ...data },
      update: data,
    });
    await tx.pendingMaterial.updateMany({
      where: { id: { in: open.map((p) => p.id) } },
      data: { status: "SUPPLEMENTED", supplementedAt: now, supplementedMaterialId: material.id },
    });
    await refreshTaskClocks(tx, { applicationId: app.id, calendar: await loadCalendar(tx) });

    const name = open[0]!.requirement.name;
    const matterIds = new Set(open.map((p) => p.requirement.matterId));
    const departments = [...new Set(app.items.filter((i) => matterIds.has(i.matterId)).map((i) => i.matter.departmentId))];
    const officers = await tx.user.findMany({
      where: { OR: [{ role: "WINDOW_OFFICER" }, { role: "DEPT_OFFICER", departmentId: { in: departments } }] },
      select: { id: true, role: true, departmentId: true },
    });
    await tx.notification.createMany({
      data: officers.map((o) => {
        const task = app.tasks.find((t) => t.departmentId === o.departmentId);
        return {
          userId: o.id,
          title: "容缺材料已补交",
          body: `申请人补交了“${name}”（${stored.fileName}）。`,
          link: o.role === "WINDOW_OFFICER" || !task ? `/desk/applications/${app.id}` : `/dept/tasks/${task.id}`,
          createdAt: now,
        };
      }),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "material.supplement",
      entityType: "Application",
      entityId: app.id,
      after: { documentKey: input.documentKey, fileName: stored.fileName, sha256: stored.sha256 },
      at: now,
    });
    return { supplemented: open.length };
  });
}
