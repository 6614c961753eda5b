// 精准授权 inputs: which of the enterprise's licences, for what purpose, for how long; and which link to revoke.
import { z } from "zod";

export const SHARE_MAX_LICENCES = 20;
export const SHARE_MAX_DAYS = 90;

export const ZCreateShare = z.object({
  licenceIds: z
    .array(z.string().trim().min(1, "证照编号无效"), { error: "请选择要分享的证照" })
    .min(1, "请至少选择一张证照")
    .max(SHARE_MAX_LICENCES, `一次最多分享 ${SHARE_MAX_LICENCES} 张证照`)
    .transform((ids) => [...new Set(ids)]),
  purpose: z.string({ error: "请填写分享用途" }).trim().min(2, "分享用途至少 2 个字").max(100, "分享用途不超过 100 个字"),
  expiresInDays: z.coerce
    .number({ error: "请填写有效天数" })
    .int("有效天数须为整数")
    .min(1, "有效天数至少 1 天")
    .max(SHARE_MAX_DAYS, `有效天数最多 ${SHARE_MAX_DAYS} 天`),
});
export type CreateShareInput = z.infer<typeof ZCreateShare>;

export const ZRevokeShare = z.object({
  shareId: z.string({ error: "分享链接无效" }).trim().min(1, "分享链接无效"),
});
