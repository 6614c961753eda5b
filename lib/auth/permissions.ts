// THE permission table. Every page, server action and route handler asks `can`/`assertCan` here;
// nothing else decides who may do what. Unknown roles or permissions are refused (fail closed).
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export const PERMISSIONS = [
  // public (also granted to anonymous visitors)
  "catalog.view",
  "licence.verify",
  "locale.set",
  "rating.viewPublic",
  // every signed-in account
  "inbox.view",
  // enterprise applicant
  "applicant.home",
  "application.submit",
  "application.viewOwn",
  "licence.viewOwn",
  "review.submit",
  "application.supplement",
  "registration.request",
  "credit.viewOwn",
  // window officer (综合窗口)
  "desk.view",
  "application.accept",
  "application.return",
  "application.issue",
  "scope.register",
  // window and department officers: 差评整改 of their own unit
  "rating.rectify",
  // department officer (审批部门)
  "dept.view",
  "task.decide",
  "licence.revoke",
  "catalog.propose",
  "registration.decide",
  "verification.record",
  // regulator (监管)
  "regulator.view",
  "catalog.publish",
  "metrics.view",
  "supervision.manage",
  // administrator
  "admin.view",
  "user.manage",
  "guidance.edit",
  "holiday.edit",
  "audit.view",
  "outbox.manage",
  "jobs.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Granted to anonymous visitors too. */
export const PUBLIC_PERMISSIONS = ["catalog.view", "licence.verify", "locale.set", "rating.viewPublic"] as const satisfies readonly Permission[];
export type PublicPermission = (typeof PUBLIC_PERMISSIONS)[number];
const PUBLIC: readonly Permission[] = PUBLIC_PERMISSIONS;
const SIGNED_IN: readonly Permission[] = [...PUBLIC, "inbox.view"];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  APPLICANT: [
    ...SIGNED_IN,
    "applicant.home",
    "application.submit",
    "application.viewOwn",
    "application.supplement",
    "licence.viewOwn",
    "review.submit",
    "registration.request",
    "credit.viewOwn",
  ],
  WINDOW_OFFICER: [...SIGNED_IN, "desk.view", "application.accept", "application.return", "application.issue", "scope.register", "rating.rectify"],
  DEPT_OFFICER: [...SIGNED_IN, "dept.view", "task.decide", "licence.revoke", "catalog.propose", "registration.decide", "verification.record", "rating.rectify"],
  REGULATOR: [...SIGNED_IN, "regulator.view", "catalog.publish", "metrics.view", "supervision.manage", "audit.view"],
  ADMIN: [...SIGNED_IN, "admin.view", "user.manage", "guidance.edit", "holiday.edit", "audit.view", "metrics.view", "outbox.manage", "jobs.manage"],
};

/** The role's home page, where login lands. */
export const ROLE_HOME: Readonly<Record<Role, string>> = {
  APPLICANT: "/my",
  WINDOW_OFFICER: "/desk",
  DEPT_OFFICER: "/dept",
  REGULATOR: "/regulator",
  ADMIN: "/admin",
};

/** `role` null = anonymous visitor. */
export function can(role: Role | null | undefined, permission: string): boolean {
  if (!(PERMISSIONS as readonly string[]).includes(permission)) return false;
  const granted = role ? ROLE_PERMISSIONS[role] : PUBLIC;
  return granted !== undefined && (granted as readonly string[]).includes(permission);
}

export function assertCan(role: Role | null | undefined, permission: Permission): void {
  if (!role && !can(null, permission)) throw new AppError("UNAUTHENTICATED", "errors.auth.signIn");
  if (!can(role, permission)) throw new AppError("FORBIDDEN", "errors.auth.forbidden");
}
