import type { Messages } from "../zh-CN";

const catalogAdmin: Messages["catalogAdmin"] = {
  title: "TODO",
};

export default catalogAdmin;
