// English — lib/notifications: its errors and its inbox messages (mirrors zh-CN/domain/notifications.ts).
import type { Messages } from "../../zh-CN";

const notifications: Messages["domain"]["notifications"] = {
  errors: {},
  notices: {},
};

export default notifications;
