"use server";
// 双随机 plans: create, and draw. Each checks the permission, reads its form, calls ONE domain function.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/action-error";
import { AppError } from "@/lib/errors";
import { createInspectionPlan } from "@/lib/supervision/create-inspection-plan";
import { drawInspectionPlan } from "@/lib/supervision/draw-inspection-plan";

export type PlanActionState = ActionFailure | null;

async function regulator() {
  const actor = await requirePermission("supervision.manage");
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录");
  return actor;
}

export async function createPlanAction(_state: PlanActionState, formData: FormData): Promise<PlanActionState> {
  let id: string;
  try {
    const field = (k: string) => String(formData.get(k) ?? "");
    const input = {
      name: field("name"),
      departmentCode: field("departmentCode"),
      matterCodes: formData.getAll("matterCodes").map(String),
      periodStart: field("periodStart"),
      periodEnd: field("periodEnd"),
      publishBy: field("publishBy"),
      ratioA: field("ratioA"),
      ratioB: field("ratioB"),
      ratioC: field("ratioC"),
      ratioD: field("ratioD"),
    };
    id = (await createInspectionPlan({ actor: await regulator(), now: new Date(), input })).id;
  } catch (e) {
    return actionFailure(e, "inspection.createPlan");
  }
  revalidatePath("/regulator/inspections");
  redirect(`/regulator/inspections/${id}`);
}

export async function drawPlanAction(_state: PlanActionState, formData: FormData): Promise<PlanActionState> {
  const planId = String(formData.get("planId") ?? "");
  try {
    await drawInspectionPlan({ actor: await regulator(), now: new Date(), input: { planId } });
  } catch (e) {
    return actionFailure(e, "inspection.draw");
  }
  revalidatePath(`/regulator/inspections/${planId}`);
  revalidatePath("/public/inspections");
  return null;
}
