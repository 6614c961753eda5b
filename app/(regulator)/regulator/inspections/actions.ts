"use server";
// 双随机 plans (/regulator/inspections): create, and draw. Each ONE domain call behind defineAction
// (permission checked, the form parsed once by the domain's schema).
import { defineAction } from "@/lib/actions/define-action";
import { formObject } from "@/lib/actions/form-data";
import { ZCreatePlan, ZPlanId } from "@/lib/supervision/inspection-schemas";
import { createInspectionPlan } from "@/lib/supervision/create-inspection-plan";
import { drawInspectionPlan } from "@/lib/supervision/draw-inspection-plan";

export const createPlanAction = defineAction({
  name: "inspection.createPlan",
  permission: "supervision.manage",
  schema: ZCreatePlan,
  fromForm: (formData) => formObject(formData, ["matterCodes"]),
  run: ({ input, actor, now }) => createInspectionPlan({ actor, now, input }),
  revalidate: ["/regulator/inspections"],
  redirect: (_input, plan) => `/regulator/inspections/${plan.id}`,
});

export const drawPlanAction = defineAction({
  name: "inspection.draw",
  permission: "supervision.manage",
  schema: ZPlanId,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await drawInspectionPlan({ actor, now, input });
  },
  revalidate: (input) => [`/regulator/inspections/${input.planId}`, "/public/inspections"],
});
