"use server";
// Server actions of the inbox, each ONE domain function behind defineAction. The whole layout is
// revalidated: the unread badge in the header changes with the list.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { markNotificationRead } from "@/lib/notifications/mark-read";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-read";
import { ZMarkRead } from "@/lib/notifications/schemas";
import { revalidatePath } from "next/cache";

export const markReadAction = defineAction({
  name: "inbox.markRead",
  permission: "inbox.view",
  schema: ZMarkRead,
  fromForm: true,
  run: async ({ input, actor, now }) => {
    await markNotificationRead({ actor, now, input });
    revalidatePath("/", "layout");
  },
});

export const markAllReadAction = defineAction({
  name: "inbox.markAllRead",
  permission: "inbox.view",
  schema: z.object({}),
  fromForm: true,
  run: async ({ actor, now }) => {
    const { count } = await markAllNotificationsRead({ actor, now });
    revalidatePath("/", "layout");
    return { count };
  },
});
