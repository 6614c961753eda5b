// English — lib/ids: its errors and its inbox messages (mirrors zh-CN/domain/ids.ts).
import type { Messages } from "../../zh-CN";

const ids: Messages["domain"]["ids"] = {
  errors: {},
  notices: {},
};

export default ids;
