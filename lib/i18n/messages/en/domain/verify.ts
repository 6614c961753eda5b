// English — lib/verify: its errors and its inbox messages (mirrors zh-CN/domain/verify.ts).
import type { Messages } from "../../zh-CN";

const verify: Messages["domain"]["verify"] = {
  errors: {
    enterpriseNotFound: "No enterprise has this unified social credit code",
    licenceNotFound: "No licence has this number",
  },
  notices: {},
};

export default verify;
