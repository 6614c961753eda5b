// ratings: English strings of this area.
import type { Messages } from "../zh-CN";

const ratings: Messages["ratings"] = {
  publicLink: "Service ratings",
};

export default ratings;
