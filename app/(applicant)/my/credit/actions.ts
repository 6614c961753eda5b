"use server";
// 信用修复 application (/my/credit): ONE domain call behind defineAction (which checks the permission and
// parses the form once); the domain scopes to the actor's enterprise and audits.
import { defineAction } from "@/lib/actions/define-action";
import { ZRequestRepair } from "@/lib/supervision/repair-rules";
import { requestCreditRepair } from "@/lib/supervision/request-credit-repair";

export const requestRepairAction = defineAction({
  name: "credit.requestRepair",
  permission: "credit.viewOwn",
  schema: ZRequestRepair,
  fromForm: true,
  run: ({ input, actor, now }) => requestCreditRepair({ actor, now, input }),
  revalidate: ["/my/credit"],
});
