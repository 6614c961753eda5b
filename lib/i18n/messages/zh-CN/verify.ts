// verify: strings of this area (zh-CN, default and complete).
const verify = {
  heading: "（待补充）",
};

export default verify;
