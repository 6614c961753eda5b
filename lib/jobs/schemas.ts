import { z } from "zod";
import { QUEUE_NAMES } from "./queues";

/** States the recent-jobs list can be filtered by (completed jobs are not listed). */
export const LISTED_STATES = ["active", "retry", "failed"] as const;
export type ListedState = (typeof LISTED_STATES)[number];

/** From the query string: anything unusable means all listed states / the first page. */
export const ZJobsFilter = z.object({
  state: z.enum(LISTED_STATES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TJobsFilter = z.infer<typeof ZJobsFilter>;

export const ZRetryJob = z.object({
  queue: z.enum(QUEUE_NAMES, { message: "jobs.errors.unknownQueue" }),
  id: z.uuid({ message: "jobs.errors.notFound" }),
});
export type TRetryJob = z.infer<typeof ZRetryJob>;
