// English — lib/catalog: its errors and its inbox messages (mirrors zh-CN/domain/catalog.ts).
import type { Messages } from "../../zh-CN";

const catalog: Messages["domain"]["catalog"] = {
  errors: {},
  notices: {},
};

export default catalog;
