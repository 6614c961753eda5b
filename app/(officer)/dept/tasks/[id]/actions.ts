"use server";
// The department's step on its task: parsed once with the domain's schema (lib/actions/define-action.ts), then
// ONE domain call (decideTask scopes to the officer's department, checks the version the officer saw, and
// writes the audit row).
import { defineAction } from "@/lib/actions/define-action";
import { decideTask } from "@/lib/approvals/decide-task";
import { ZDecideTask } from "@/lib/approvals/schemas";

export const decideTaskAction = defineAction({
  name: "dept.decideTask",
  permission: "task.decide",
  schema: ZDecideTask,
  fromForm: true,
  run: async ({ input, actor, now }) => ({ status: (await decideTask({ actor, now, input })).status }),
  revalidate: (input) => [`/dept/tasks/${input.taskId}`, "/dept"],
});
