import type { Messages } from "../zh-CN";

const scope: Messages["scope"] = {
  title: "TODO",
};

export default scope;
