import type { Messages } from "../zh-CN";

const track: Messages["track"] = {
  heading: "(to do)",
};

export default track;
