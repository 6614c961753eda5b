// English — lib/notifications: its errors and its inbox messages (mirrors zh-CN/domain/notifications.ts).
import type { Messages } from "../../zh-CN";

const notifications: Messages["domain"]["notifications"] = {
  errors: {
    idMissing: "The message number is missing",
    idInvalid: "The message number is not valid",
    notFound: "The message does not exist",
  },
  notices: {},
};

export default notifications;
