"use server";
// The registration authority's decision on a 变更/注销 request: ONE domain call behind defineAction
// (decideRegistrationChange checks the authority, locks, re-reads, updates the licences, audits, tells).
import { defineAction } from "@/lib/actions/define-action";
import { decideRegistrationChange } from "@/lib/registration/decide-registration-change";
import { ZDecideRegistrationChange } from "@/lib/registration/rules";

export const decideRegistrationChangeAction = defineAction({
  name: "dept.decideRegistration",
  permission: "registration.decide",
  // The shared step form's fields: changeId, action (approve/reject), reason.
  schema: ZDecideRegistrationChange,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    const result = await decideRegistrationChange({ actor, now, input });
    return { status: result.status };
  },
  revalidate: (input) => [`/dept/registrations/${input.changeId}`, "/dept/registrations"],
});
