// English — lib/calendar: its errors and its inbox messages (mirrors zh-CN/domain/calendar.ts).
import type { Messages } from "../../zh-CN";

const calendar: Messages["domain"]["calendar"] = {
  errors: {},
  notices: {},
};

export default calendar;
