import type { Messages } from "../zh-CN";

const deptDesk: Messages["deptDesk"] = {
  heading: "(to do)",
};

export default deptDesk;
