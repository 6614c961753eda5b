import type { Messages } from "../zh-CN";

const share: Messages["share"] = {
  heading: "(to do)",
};

export default share;
