import { z } from "zod";

export const ZRegisterScope = z.object({
  enterpriseId: z.string().trim().min(1, "请选择企业"),
  termCodes: z.array(z.string().trim().min(1).max(32)).min(1, "请至少选择一项经营范围").max(100, "经营范围最多选择100项"),
});

export const ZScopeQuery = z.object({
  q: z.string().trim().max(50).catch(""),
  terms: z.array(z.string().trim().max(32)).max(100).catch([]),
});
