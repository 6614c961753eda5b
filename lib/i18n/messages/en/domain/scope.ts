// English — lib/scope: its errors and its inbox messages (mirrors zh-CN/domain/scope.ts).
import type { Messages } from "../../zh-CN";

const scope: Messages["domain"]["scope"] = {
  errors: {},
  notices: {},
};

export default scope;
