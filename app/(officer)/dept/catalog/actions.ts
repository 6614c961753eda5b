"use server";
// Department officer: propose a change to one of the department's own catalog entries. One domain call behind
// defineAction; the form is read by the same mapping the browser checks with (proposalInputFromFormData).
import { defineAction } from "@/lib/actions/define-action";
import { ZProposeChange, proposalInputFromFormData } from "@/lib/catalog/proposal-schemas";
import { proposeMatterChange } from "@/lib/catalog/propose-change";

export const proposeChangeAction = defineAction({
  name: "dept.catalog.propose",
  permission: "catalog.propose",
  schema: ZProposeChange,
  fromForm: proposalInputFromFormData,
  run: ({ input, actor, now }) => proposeMatterChange({ actor, now, input }),
  revalidate: ["/dept/catalog", "/regulator/catalog"],
  redirect: (_input, result) => `/dept/catalog?submitted=${result.duplicate ? "duplicate" : "1"}`,
});
