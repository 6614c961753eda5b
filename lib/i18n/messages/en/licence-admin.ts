import type { Messages } from "../zh-CN";

const licenceAdmin: Messages["licenceAdmin"] = {
  heading: "(to do)",
};

export default licenceAdmin;
