// English — lib/applications: its errors and its inbox messages (mirrors zh-CN/domain/applications.ts).
import type { Messages } from "../../zh-CN";

const applications: Messages["domain"]["applications"] = {
  errors: {},
  notices: {},
};

export default applications;
