// English — lib/forms: its errors and its inbox messages (mirrors zh-CN/domain/forms.ts).
import type { Messages } from "../../zh-CN";

const forms: Messages["domain"]["forms"] = {
  errors: {},
  notices: {},
};

export default forms;
