"use server";
import { defineAction } from "@/lib/actions/define-action";
import { requeueOutboxMessage } from "@/lib/notifications/requeue-outbox";
import { ZRequeueOutbox } from "@/lib/notifications/schemas";
import { queueRequeuedOutbox } from "@/lib/jobs/queue-outbox";

export const requeueOutboxAction = defineAction({
  name: "admin.outbox.requeue",
  permission: "outbox.manage",
  schema: ZRequeueOutbox,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await requeueOutboxMessage({ actor, now, input });
    // Its delivery job at once (the relay would queue it within a minute anyway).
    await queueRequeuedOutbox(input.id).catch((e) => console.error("[admin.outbox.requeue] could not queue the delivery job", e));
  },
  revalidate: ["/admin/outbox", "/admin/jobs"],
});
