"use server";
// A unit's steps on a 差评整改 ticket (the call-back, then the fix): ONE domain function each behind
// defineAction. Shared by the department's (/dept/ratings/[id]) and the window's (/desk/ratings/[id]) ticket
// pages, which pass them to components/ratings/ticket-pages.tsx.
import { defineAction } from "@/lib/actions/define-action";
import { recordCallback, recordRectification } from "@/lib/ratings/record-ticket-step";
import { ZTicketNote } from "@/lib/ratings/schemas";

/** Both units' ticket pages (the list and the ticket), whichever unit acted. */
const ticketPages = (input: { ticketId: string }) => ["/dept/ratings", "/desk/ratings"].flatMap((base) => [base, `${base}/${input.ticketId}`]);

export const recordCallbackAction = defineAction({
  name: "ratings.callback",
  permission: "rating.rectify",
  schema: ZTicketNote,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await recordCallback({ actor, now, input });
  },
  revalidate: ticketPages,
});

export const recordRectificationAction = defineAction({
  name: "ratings.rectify",
  permission: "rating.rectify",
  schema: ZTicketNote,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await recordRectification({ actor, now, input });
  },
  revalidate: ticketPages,
});
