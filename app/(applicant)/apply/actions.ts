"use server";
// 开始一表申请: one draft per rendered page (clientKey), then on to its merged form. A refused duplicate
// answers with `link`: where the pending application is, for a link to it.
import { defineAction } from "@/lib/actions/define-action";
import { formObject } from "@/lib/actions/form-data";
import { startApplication } from "@/lib/applications/start-application";
import { ZStartApplication } from "@/lib/applications/schemas";

export const startApplicationAction = defineAction({
  name: "apply.start",
  permission: "application.submit",
  schema: ZStartApplication,
  fromForm: (formData) => {
    const { matters, clientKey, guideQuery } = formObject(formData, ["matters"]);
    return { matterCodes: matters, clientKey: clientKey ?? "", guideQuery: guideQuery || undefined };
  },
  run: ({ input, actor, now }) => startApplication({ actor, now, input }),
  redirect: (_input, { id }) => `/apply/${id}`,
});
