import { z } from "zod";
import { OutboxStatus } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/core";

const ZId = z
  .string({ error: msg("domain.notifications.errors.idMissing") })
  .trim()
  .min(1, msg("domain.notifications.errors.idMissing"))
  .max(64, msg("domain.notifications.errors.idInvalid"));

/** Inbox page number from the query string: anything unusable means the first page. */
export const ZInboxPage = z.coerce.number().int().min(1).max(10_000).catch(1);

export const ZMarkRead = z.object({ id: ZId });
export type TMarkRead = z.infer<typeof ZMarkRead>;

/** Outbox status filter from the query string: anything else means all rows. */
export const ZOutboxFilter = z.enum(OutboxStatus).optional().catch(undefined);

export const ZRequeueOutbox = z.object({ id: ZId });
export type TRequeueOutbox = z.infer<typeof ZRequeueOutbox>;
