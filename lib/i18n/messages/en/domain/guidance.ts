// English — lib/guidance: its errors and its inbox messages (mirrors zh-CN/domain/guidance.ts).
import type { Messages } from "../../zh-CN";

const guidance: Messages["domain"]["guidance"] = {
  errors: {},
  notices: {},
};

export default guidance;
