// share: strings of this area (zh-CN, default and complete).
const share = {
  heading: "（待补充）",
};

export default share;
