import type { Messages } from "../zh-CN";

const verify: Messages["verify"] = {
  heading: "(to do)",
};

export default verify;
