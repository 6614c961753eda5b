// English — lib/registration: its errors and its inbox messages (mirrors zh-CN/domain/registration.ts).
import type { Messages } from "../../zh-CN";

const registration: Messages["domain"]["registration"] = {
  errors: {},
  notices: {},
};

export default registration;
