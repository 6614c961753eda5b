"use server";
// Server actions of the enterprise's registration page: each ONE domain function behind defineAction (the
// schema parses the form once; the domain scopes to the actor's enterprise and audits).
import { defineAction } from "@/lib/actions/define-action";
import { requestCancellation, requestChange } from "@/lib/registration/request-registration-change";
import { withdrawRegistrationChange } from "@/lib/registration/withdraw-registration-change";
import { ZRegistrationChangeId, ZRequestCancel, ZRequestChange } from "@/lib/registration/rules";

const PATH = "/my/enterprise";

export const requestChangeAction = defineAction({
  name: "registration.requestChange",
  permission: "registration.request",
  schema: ZRequestChange,
  fromForm: true,
  run: ({ input, actor, now }) => requestChange({ actor, now, input }),
  revalidate: [PATH],
});

export const requestCancellationAction = defineAction({
  name: "registration.requestCancel",
  permission: "registration.request",
  schema: ZRequestCancel,
  fromForm: true,
  run: ({ input, actor, now }) => requestCancellation({ actor, now, input }),
  revalidate: [PATH],
});

export const withdrawRegistrationChangeAction = defineAction({
  name: "registration.withdraw",
  permission: "registration.request",
  schema: ZRegistrationChangeId,
  run: ({ input, actor, now }) => withdrawRegistrationChange({ actor, now, input }),
  revalidate: [PATH],
});
