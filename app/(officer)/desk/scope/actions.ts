"use server";
// 经营范围登记 at the desk (lib/actions/define-action.ts): the enterprise and its ticked terms, parsed once, then
// ONE domain call that registers them and sends the dual notification (双告知).
import { defineAction } from "@/lib/actions/define-action";
import { readRegisterScope, ZRegisterScope } from "@/lib/scope/schemas";
import { registerEnterpriseScope } from "@/lib/scope/register-enterprise-scope";

export const registerScopeAction = defineAction({
  name: "desk.scope.register",
  permission: "scope.register",
  schema: ZRegisterScope,
  fromForm: readRegisterScope,
  run: async ({ input, actor, now }) => ({ result: await registerEnterpriseScope({ actor, now, input }) }),
  revalidate: ["/desk/scope"],
});
