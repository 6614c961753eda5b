"use server";
// The inspector's steps in 双随机 (/dept/inspections): record a drawn inspection's result; declare a conflict
// of interest. Each ONE domain call behind defineAction, scoped to the actor by the domain.
import { defineAction } from "@/lib/actions/define-action";
import { ZDeclareConflict, ZRecordInspectionStep } from "@/lib/supervision/inspection-schemas";
import { declareConflict, recordInspection } from "@/lib/supervision/record-inspection";

export const recordInspectionAction = defineAction({
  name: "inspection.record",
  permission: "verification.record",
  // The shared step form's inputs: "action" is the result chosen, "reason" the findings.
  schema: ZRecordInspectionStep,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await recordInspection({ actor, now, input });
    return { status: input.result };
  },
  revalidate: ["/dept/inspections", "/public/inspections"],
});

export const declareConflictAction = defineAction({
  name: "inspection.conflict",
  permission: "verification.record",
  schema: ZDeclareConflict,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await declareConflict({ actor, now, input });
  },
});
