// The secret of a share link: 32 random bytes, base64url (43 characters). Only its SHA-256 is stored, so a
// copy of the database does not open any link; the full link is shown to the enterprise once.
import { createHash, randomBytes } from "node:crypto";

export const newShareToken = (): string => randomBytes(32).toString("base64url");
export const hashShareToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");
/** What a token looks like; anything else is not looked up. */
export const isShareTokenShape = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
export const sharePath = (token: string) => `/share/${encodeURIComponent(token)}`;

export type ShareStatus = "active" | "expired" | "revoked";
export function shareStatus(share: { revokedAt: Date | null; expiresAt: Date }, now: Date): ShareStatus {
  if (share.revokedAt) return "revoked";
  return share.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}
