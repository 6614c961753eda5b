// English — lib/ratings: its errors and its inbox messages (mirrors zh-CN/domain/ratings.ts).
import type { Messages } from "../../zh-CN";

const ratings: Messages["domain"]["ratings"] = {
  errors: {},
  notices: {},
};

export default ratings;
