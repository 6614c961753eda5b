import type { Messages } from "../zh-CN";

const inbox: Messages["inbox"] = {
  heading: "(to do)",
};

export default inbox;
