"use server";
// Server actions of the enterprise's registration page: each checks the permission, reads its form and
// calls ONE domain function (which validates with the domain schema, scopes to the actor's enterprise and
// audits).
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/actions/legacy-failure";
import { AppError } from "@/lib/errors";
import { requestCancellation, requestChange } from "@/lib/registration/request-registration-change";
import { withdrawRegistrationChange } from "@/lib/registration/withdraw-registration-change";

const PATH = "/my/enterprise";

export type RegistrationRequestState = { ok: true } | ActionFailure | null;

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === "string" ? v : undefined;
};

async function actor() {
  const user = await requirePermission("registration.request");
  if (!user) throw new AppError("UNAUTHENTICATED", "请先登录");
  return user;
}

export async function requestChangeAction(_state: RegistrationRequestState, formData: FormData): Promise<RegistrationRequestState> {
  try {
    await requestChange({
      actor: await actor(),
      now: new Date(),
      input: {
        requestKey: text(formData, "requestKey"),
        newName: text(formData, "newName"),
        newAddress: text(formData, "newAddress"),
        reason: text(formData, "reason"),
      },
    });
    revalidatePath(PATH);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "registration.requestChange");
  }
}

export async function requestCancellationAction(_state: RegistrationRequestState, formData: FormData): Promise<RegistrationRequestState> {
  try {
    await requestCancellation({
      actor: await actor(),
      now: new Date(),
      input: { requestKey: text(formData, "requestKey"), reason: text(formData, "reason"), confirm: text(formData, "confirm") },
    });
    revalidatePath(PATH);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "registration.requestCancel");
  }
}

export async function withdrawRegistrationChangeAction(formData: FormData): Promise<{ ok: true } | ActionFailure> {
  try {
    await withdrawRegistrationChange({ actor: await actor(), now: new Date(), input: { changeId: text(formData, "changeId") } });
    revalidatePath(PATH);
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "registration.withdraw");
  }
}
