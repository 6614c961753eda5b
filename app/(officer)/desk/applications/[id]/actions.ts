"use server";
// Server actions of the window's application page (lib/actions/define-action.ts): the check form is read once
// into ZAcceptCheck / ZReturnCheck (every document needs a verdict; problems on their fields), then ONE domain
// function runs, which re-checks the version the officer saw (a second officer acting on a stale page gets
// CONFLICT) — and the page shows the application where it went.
import { defineAction } from "@/lib/actions/define-action";
import { acceptApplication } from "@/lib/approvals/accept-application";
import { returnApplication } from "@/lib/approvals/return-application";
import { issueResults } from "@/lib/approvals/issue-results";
import { readWindowCheck, ZAcceptCheck, ZApplicationStep, ZReturnCheck } from "@/lib/approvals/schemas";

const pathOf = (id: string) => `/desk/applications/${encodeURIComponent(id)}`;
const shown = (input: { applicationId: string }) => ["/desk", pathOf(input.applicationId)];

export const acceptAction = defineAction({
  name: "desk.accept",
  permission: "application.accept",
  schema: ZAcceptCheck,
  fromForm: readWindowCheck,
  run: ({ input, actor, now }) => acceptApplication({ actor, now, input }),
  revalidate: shown,
  redirect: (input) => `${pathOf(input.applicationId)}?done=accepted`,
});

export const returnAction = defineAction({
  name: "desk.return",
  permission: "application.return",
  schema: ZReturnCheck,
  fromForm: readWindowCheck,
  run: ({ input, actor, now }) => returnApplication({ actor, now, input }),
  revalidate: shown,
  redirect: (input) => `${pathOf(input.applicationId)}?done=returned`,
});

export const issueAction = defineAction({
  name: "desk.issue",
  permission: "application.issue",
  schema: ZApplicationStep,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await issueResults({ actor, now, input });
  },
  revalidate: shown,
  redirect: (input) => `${pathOf(input.applicationId)}?done=issued`,
});
