import "server-only";
// 经营范围登记 and the dual notification (双告知). 金山方案 (三)2: after registration the market regulator
// tells the enterprise which permits it needs (告知企业) and pushes the registration to the departments
// concerned (推送部门) through the 互联网+监管 system — here: in-app inbox rows plus one outbox row per push.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { TRegisterScope } from "./schemas";
import { formatScope } from "./derive-scope";

export interface RegisterScopeResult {
  added: string[];
  removed: string[];
  /** Permits the newly registered licensed terms call for (告知企业). */
  permits: { code: string; name: string; department: string }[];
  /** Departments the registration was pushed to (推送部门). */
  departments: string[];
}

export async function registerEnterpriseScope(opts: { actor: SessionUser; now: Date; input: TRegisterScope }): Promise<RegisterScopeResult> {
  const { now, actor, input } = opts;
  assertCan(actor.role, "scope.register");
  const { enterpriseId } = input;
  const termCodes = [...new Set(input.termCodes)];

  return getDb().$transaction(async (tx) => {
    // One registration per enterprise at a time: a second one waits and then sees the first one's terms,
    // so the scope text and the term rows always agree and nobody is notified twice.
    await tx.$queryRaw`SELECT id FROM "Enterprise" WHERE id = ${enterpriseId} FOR UPDATE`;
    const enterprise = await tx.enterprise.findUnique({
      where: { id: enterpriseId },
      include: { scopeTerms: { include: { term: { select: { code: true } } } } },
    });
    if (enterprise?.status !== "ACTIVE") throw new AppError("NOT_FOUND", "domain.scope.errors.enterpriseNotFound");
    const terms = await tx.businessScopeTerm.findMany({
      where: { code: { in: termCodes } },
      include: { matters: { include: { matter: { include: { department: true } } } } },
      orderBy: { code: "asc" },
    });
    const unknown = termCodes.filter((c) => !terms.some((t) => t.code === c));
    if (unknown.length) throw new AppError("BAD_INPUT", "domain.scope.errors.unknownTerms", { codes: unknown.join("、") });

    const before = new Set(enterprise.scopeTerms.map((s) => s.term.code));
    const added = terms.filter((t) => !before.has(t.code));
    const removed = [...before].filter((c) => !termCodes.includes(c));
    if (!added.length && !removed.length) return { added: [], removed: [], permits: [], departments: [] };

    await tx.enterpriseScopeTerm.deleteMany({ where: { enterpriseId, term: { code: { in: removed } } } });
    await tx.enterpriseScopeTerm.createMany({ data: added.map((t) => ({ enterpriseId, termId: t.id, registeredAt: now })) });
    // Written as the registry writes it: 许可项目 apart from 一般项目, each with its closing words (derive-scope.ts).
    const businessScope =
      formatScope({ licensed: terms.filter((t) => t.isLicensed).map((t) => t.name), general: terms.filter((t) => !t.isLicensed).map((t) => t.name) }) ?? "";
    await tx.enterprise.update({ where: { id: enterpriseId }, data: { businessScope } });

    // Only newly added licensed terms trigger the dual notification: re-registering changes nothing.
    const permitMap = new Map<string, { code: string; name: string; department: { id: string; code: string; name: string }; terms: string[] }>();
    for (const t of added.filter((x) => x.isLicensed)) {
      for (const { matter } of t.matters) {
        if (!matter.isActive || matter.reformMode === "CANCEL") continue;
        const entry = permitMap.get(matter.code) ?? { code: matter.code, name: matter.name, department: matter.department, terms: [] };
        entry.terms.push(t.name);
        permitMap.set(matter.code, entry);
      }
    }
    const permits = [...permitMap.values()];
    const byDepartment = new Map<string, { department: (typeof permits)[number]["department"]; permits: typeof permits }>();
    for (const p of permits) {
      const group = byDepartment.get(p.department.id) ?? { department: p.department, permits: [] };
      group.permits.push(p);
      byDepartment.set(p.department.id, group);
    }

    if (permits.length) {
      await notify(tx, {
        to: { enterprises: [enterpriseId] },
        key: "domain.scope.notices.permitsNeeded",
        params: { permits: permits.map((p) => `${p.name}（${p.department.name}）`).join("；") },
        link: "/guide",
        now,
      });
      await tx.outboxMessage.create({
        data: {
          topic: "dual-notice.enterprise",
          target: enterprise.uscc,
          payload: { enterprise: enterprise.name, uscc: enterprise.uscc, permits: permits.map((p) => ({ code: p.code, name: p.name, terms: p.terms })) },
          nextAttemptAt: now,
          createdAt: now,
        },
      });
      for (const { department, permits: theirs } of byDepartment.values()) {
        await notify(tx, {
          to: { departments: [department.id] },
          key: "domain.scope.notices.departmentPushed",
          params: { enterprise: enterprise.name, uscc: enterprise.uscc, permits: theirs.map((p) => p.name).join("、") },
          now,
        });
        await tx.outboxMessage.create({
          data: {
            topic: "dual-notice.department",
            target: department.code,
            payload: {
              enterprise: enterprise.name,
              uscc: enterprise.uscc,
              department: department.name,
              permits: theirs.map((p) => ({ code: p.code, name: p.name, terms: p.terms })),
            },
            nextAttemptAt: now,
            createdAt: now,
          },
        });
      }
    }

    await writeAudit(tx, {
      actorId: actor.id,
      action: "enterprise.scope.register",
      entityType: "Enterprise",
      entityId: enterpriseId,
      before: { businessScope: enterprise.businessScope, terms: [...before] },
      after: { businessScope, terms: termCodes },
      at: now,
    });
    return {
      added: added.map((t) => t.code),
      removed,
      permits: permits.map((p) => ({ code: p.code, name: p.name, department: p.department.name })),
      departments: [...byDepartment.values()].map((g) => g.department.name),
    };
  });
}
