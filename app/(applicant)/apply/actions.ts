"use server";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { DuplicateApplicationError, startApplication } from "@/lib/applications/start-application";
import { actionFailure, type ActionFailure } from "@/lib/action-error";

/** A refused duplicate also carries where the pending application is, for a link to it. */
export type StartState = (ActionFailure & { existingHref?: string }) | null;

/** 开始一表申请: one draft per rendered page (clientKey), then on to its merged form. */
export async function startApplicationAction(_prev: StartState, formData: FormData): Promise<StartState> {
  let id: string;
  try {
    const actor = (await requirePermission("application.submit"))!;
    const clientKey = formData.get("clientKey");
    const guideQuery = formData.get("guideQuery");
    ({ id } = await startApplication({
      actor,
      now: new Date(),
      input: {
        matterCodes: formData.getAll("matters"),
        clientKey: typeof clientKey === "string" ? clientKey : "",
        guideQuery: typeof guideQuery === "string" && guideQuery ? guideQuery : undefined,
      },
    }));
  } catch (e) {
    if (e instanceof DuplicateApplicationError) return { ...(await actionFailure(e, "apply.start")), existingHref: e.existing.href };
    return actionFailure(e, "apply.start");
  }
  // redirect() throws; it must stay outside the try/catch.
  redirect(`/apply/${id}`);
}
