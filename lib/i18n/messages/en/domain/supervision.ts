// English — lib/supervision: its errors and its inbox messages (mirrors zh-CN/domain/supervision.ts).
import type { Messages } from "../../zh-CN";

const supervision: Messages["domain"]["supervision"] = {
  errors: {},
  notices: {},
};

export default supervision;
