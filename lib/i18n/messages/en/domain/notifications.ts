// English — lib/notifications: its errors and its inbox messages (mirrors zh-CN/domain/notifications.ts).
import type { Messages } from "../../zh-CN";

const notifications: Messages["domain"]["notifications"] = {
  errors: {
    idMissing: "The message number is missing",
    idInvalid: "The message number is not valid",
    notFound: "The message does not exist",
    outboxNotFound: "The push record does not exist",
    outboxNotFailed: "Only a push whose delivery failed can be queued again (someone else may have handled this one already)",
  },
  notices: {},
};

export default notifications;
