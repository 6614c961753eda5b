import type { Role } from "@/lib/generated/prisma/enums";

/** What the session carries about the signed-in user (nothing secret). */
export interface SessionUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  enterpriseId: string | null;
  departmentId: string | null;
}
