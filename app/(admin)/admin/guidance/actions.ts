"use server";
// Saving a finder rule (智能导办): ONE domain function behind defineAction. The schema parses the form once
// (the condition's JSON included); the domain checks what needs the database (questions, matter, exclusions)
// and refuses on the field at fault.
import { defineAction } from "@/lib/actions/define-action";
import { formObject } from "@/lib/actions/form-data";
import { saveGuidanceRule } from "@/lib/guidance/save-rule";
import { ZSaveRule } from "@/lib/guidance/schemas";

export const saveRuleAction = defineAction({
  name: "admin.guidance.save",
  permission: "guidance.edit",
  schema: ZSaveRule,
  // An unticked checkbox sends nothing: unticked is inactive.
  fromForm: (formData) => ({ ...formObject(formData), isActive: formData.get("isActive") === "on" }),
  run: ({ input, actor, now, t }) => saveGuidanceRule({ actor, now, input, t }),
  revalidate: ["/admin/guidance"],
});
