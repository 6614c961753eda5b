import "server-only";
// Whose tickets an officer sees and acts on (嘉定方案 (003) 一(四)3 整改确责): a department officer its own
// department's, a window officer the 综合窗口's (departmentId null). Anything else answers NOT_FOUND.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

export interface UnitScope {
  /** The ticket's departmentId: the officer's department, or null for the 综合窗口. */
  departmentId: string | null;
}

export function unitScope(actor: SessionUser): UnitScope {
  assertCan(actor.role, "rating.rectify");
  if (actor.role === "WINDOW_OFFICER") return { departmentId: null };
  if (actor.role === "DEPT_OFFICER" && actor.departmentId) return { departmentId: actor.departmentId };
  throw new AppError("FORBIDDEN", "domain.ratings.errors.noDepartment");
}

/** Where a unit's officers list their tickets: the department's desk, or the window's. */
export const ticketsPath = (departmentId: string | null) => (departmentId ? "/dept/ratings" : "/desk/ratings");
