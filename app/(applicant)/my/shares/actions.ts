"use server";
// Server actions of 精准授权 (/my/shares), each ONE domain function behind defineAction. The new link is
// returned once, to be shown once; it is never stored nor shown again.
import { defineAction } from "@/lib/actions/define-action";
import { publicUrl } from "@/lib/licences/qr";
import { createShare } from "@/lib/licences/create-share";
import { revokeShare } from "@/lib/licences/revoke-share";
import { ZCreateShare, ZRevokeShare } from "@/lib/licences/share-schemas";
import { sharePath } from "@/lib/licences/share-token";
import { formObject } from "@/lib/actions/form-data";

const PATH = "/my/shares";

export const createShareAction = defineAction({
  name: "share.create",
  permission: "licence.viewOwn",
  schema: ZCreateShare,
  fromForm: (formData) => formObject(formData, ["licenceIds"]),
  run: async ({ input, actor, now }) => {
    const { token, expiresAt } = await createShare({ actor, now, input });
    const path = sharePath(token);
    return { path, url: publicUrl(path), expiresAt: expiresAt.toISOString() };
  },
  revalidate: [PATH],
});

export const revokeShareAction = defineAction({
  name: "share.revoke",
  permission: "licence.viewOwn",
  schema: ZRevokeShare,
  run: ({ input, actor, now }) => revokeShare({ actor, now, input }),
  revalidate: [PATH],
});
