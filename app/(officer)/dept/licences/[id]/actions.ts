"use server";
// The department's step on a licence it issued: ONE domain call behind defineAction (changeLicenceStatus scopes
// to the issuing department, checks the status the officer saw, audits, tells the holder).
import { defineAction } from "@/lib/actions/define-action";
import { changeLicenceStatus } from "@/lib/licences/change-licence-status";
import { ZChangeLicenceStatus } from "@/lib/licences/licence-status-rules";

export const changeLicenceStatusAction = defineAction({
  name: "dept.changeLicenceStatus",
  permission: "licence.revoke",
  schema: ZChangeLicenceStatus,
  // The shared step form's fields; an empty expectedStatus is none (the officer's page always sends it).
  fromForm: (formData) => {
    const text = (name: string) => {
      const v = formData.get(name);
      return typeof v === "string" ? v : undefined;
    };
    return { licenceId: text("licenceId"), action: text("action"), reason: text("reason"), expectedStatus: text("expectedStatus") || undefined };
  },
  run: ({ input, actor, now }) => changeLicenceStatus({ actor, now, input }),
  revalidate: (input) => [`/dept/licences/${input.licenceId}`, "/dept/licences"],
});
