// English — lib/approvals: its errors and its inbox messages (mirrors zh-CN/domain/approvals.ts).
import type { Messages } from "../../zh-CN";

const approvals: Messages["domain"]["approvals"] = {
  errors: {},
  notices: {},
};

export default approvals;
