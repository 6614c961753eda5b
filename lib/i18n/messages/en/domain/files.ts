// English — lib/files: its errors and its inbox messages (mirrors zh-CN/domain/files.ts).
import type { Messages } from "../../zh-CN";

const files: Messages["domain"]["files"] = {
  errors: {
    badKey: "The file storage key is not valid",
  },
  notices: {},
};

export default files;
