import "server-only";
// 容缺后补: after acceptance the applicant uploads a material promised for later, before its deadline
// (珠海方案 二(二)3: 允许企业在规定时限内补充提交). The departments' clocks that waited for it run again.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { checkAndStoreUpload, type UploadedFile } from "@/lib/files/upload";
import { lockApplication } from "./application-detail";
import { refreshTaskClocks } from "@/lib/calendar/refresh-task-clocks";
import type { TSupplementPending } from "./schemas";

const LATE = "domain.approvals.errors.supplement.late";

export async function supplementPending(opts: {
  actor: SessionUser;
  now: Date;
  input: TSupplementPending;
  file: UploadedFile;
}): Promise<{ supplemented: number }> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "application.supplement");
  const db = getDb();
  const where = {
    applicationId: input.applicationId,
    status: "OPEN" as const,
    application: { applicantId: actor.id },
    requirement: { documentKey: input.documentKey },
  };
  const rows = await db.pendingMaterial.findMany({ where, select: { deadline: true } });
  if (!rows.length) throw new AppError("NOT_FOUND", "domain.approvals.errors.supplement.notAwaited");
  // Checked before storing too, so a late upload leaves no file behind.
  if (rows.some((p) => p.deadline < now)) throw new AppError("CONFLICT", LATE);
  const stored = await checkAndStoreUpload(opts.file);

  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, { id: input.applicationId, status: ["ACCEPTED", "DECIDED"], applicantId: actor.id });
    const open = app.pending.filter((p) => p.status === "OPEN" && p.requirement.documentKey === input.documentKey);
    if (!open.length) throw new AppError("CONFLICT", "domain.approvals.errors.supplement.gone");
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
    const told = { key: "domain.approvals.notices.supplemented", params: { name, fileName: stored.fileName }, now } as const;
    // The window, and a department without a task of its own, to the application; a department to its task.
    const withTask = departments.flatMap((d) => app.tasks.filter((t) => t.departmentId === d).slice(0, 1));
    const withoutTask = departments.filter((d) => !app.tasks.some((t) => t.departmentId === d));
    await notify(tx, { ...told, to: [{ role: "WINDOW_OFFICER" }, { departments: withoutTask }], link: `/desk/applications/${app.id}` });
    for (const task of withTask) await notify(tx, { ...told, to: { departments: [task.departmentId] }, link: `/dept/tasks/${task.id}` });
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
