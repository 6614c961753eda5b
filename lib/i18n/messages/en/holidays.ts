import type { Messages } from "../zh-CN";

const holidays: Messages["holidays"] = {
  heading: "(to do)",
};

export default holidays;
