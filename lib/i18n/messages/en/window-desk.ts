import type { Messages } from "../zh-CN";

const window: Messages["window"] = {
  heading: "(to do)",
};

export default window;
