import type { Messages } from "../zh-CN";

const guide: Messages["guide"] = {
  title: "TODO",
};

export default guide;
