"use server";
import { defineAction } from "@/lib/actions/define-action";
import { retryJob } from "@/lib/jobs/retry-job";
import { ZRetryJob } from "@/lib/jobs/schemas";

export const retryJobAction = defineAction({
  name: "admin.jobs.retry",
  permission: "jobs.manage",
  schema: ZRetryJob,
  fromForm: true,
  run: ({ input, actor, now }) => retryJob({ actor, now, input }),
  revalidate: ["/admin/jobs", "/admin/outbox"],
});
