import type { Messages } from "../zh-CN";

const catalog: Messages["catalog"] = {
  title: "TODO",
};

export default catalog;
