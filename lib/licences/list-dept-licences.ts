import "server-only";
// The department's own licences (本部门发证): only those it issued, searchable by holder name, USCC or
// licence number, 20 a page, newest first; and one of them with the steps its status allows and its
// history of status changes (from the audit log). Each is the one public LicenceView (licence-view.ts),
// so the officer sees the status exactly as verification shows it.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { licenceRowSelect, viewLicence, type LicenceView } from "./licence-view";
import { publishedKeys } from "./signing-key";
import { allowedLicenceActions, type LicenceAction } from "./licence-status-rules";

export const DEPT_LICENCES_PAGE_SIZE = 20;

const ZQuery = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export interface DeptLicencePage {
  items: LicenceView[];
  q: string;
  total: number;
  page: number;
  pageCount: number;
}

function scope(actor: SessionUser): { issuedByDepartmentId: string } {
  assertCan(actor.role, "licence.revoke");
  if (!actor.departmentId) throw new AppError("FORBIDDEN", "domain.licences.errors.noDepartment");
  return { issuedByDepartmentId: actor.departmentId };
}

export async function listDeptLicences(opts: { actor: SessionUser; now: Date; query?: { q?: unknown; page?: unknown } }): Promise<DeptLicencePage> {
  const own = scope(opts.actor);
  const { q, page: wanted } = ZQuery.parse(opts.query ?? {});
  const db = getDb();
  const where: Prisma.LicenceWhereInput = q
    ? {
        ...own,
        OR: [{ holderName: { contains: q, mode: "insensitive" } }, { uscc: { contains: q.toUpperCase() } }, { number: { contains: q, mode: "insensitive" } }],
      }
    : own;
  const total = await db.licence.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DEPT_LICENCES_PAGE_SIZE));
  const page = Math.min(wanted, pageCount);
  const [rows, keys] = await Promise.all([
    db.licence.findMany({
      where,
      // id breaks ties between licences issued in the same instant, so paging never repeats or skips one.
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DEPT_LICENCES_PAGE_SIZE,
      take: DEPT_LICENCES_PAGE_SIZE,
      select: licenceRowSelect,
    }),
    publishedKeys(db),
  ]);
  return { items: rows.map((r) => viewLicence(r, keys, opts.now)), q, total, page, pageCount };
}

export interface DeptLicenceHistoryEntry {
  action: string;
  at: Date;
  actor: string | null;
  reason: string | null;
}

export interface DeptLicenceDetail {
  licence: LicenceView;
  /** The status stored (the view may show EXPIRED for a VALID licence past its last day). */
  storedStatus: LicenceView["status"];
  actions: LicenceAction[];
  history: DeptLicenceHistoryEntry[];
}

export async function getDeptLicence(opts: { actor: SessionUser; now: Date; licenceId: string }): Promise<DeptLicenceDetail> {
  const own = scope(opts.actor);
  const db = getDb();
  const row = await db.licence.findFirst({ where: { id: opts.licenceId, ...own }, select: licenceRowSelect });
  if (!row) throw new AppError("NOT_FOUND", "domain.licences.errors.notFound");
  const [keys, audit] = await Promise.all([
    publishedKeys(db),
    db.auditLog.findMany({
      where: { entityType: "Licence", entityId: row.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { action: true, at: true, after: true, actor: { select: { displayName: true } } },
    }),
  ]);
  const history = audit.map((a) => {
    const after = (a.after ?? {}) as { reason?: unknown };
    return { action: a.action, at: a.at, actor: a.actor?.displayName ?? null, reason: typeof after.reason === "string" ? after.reason : null };
  });
  return { licence: viewLicence(row, keys, opts.now), storedStatus: row.status, actions: allowedLicenceActions(row.kind, row.status), history };
}
