import type { Messages } from "../zh-CN";

const wallet: Messages["wallet"] = {
  heading: "(to do)",
};

export default wallet;
