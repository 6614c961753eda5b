// wallet: strings of this area (zh-CN, default and complete).
const wallet = {
  heading: "（待补充）",
};

export default wallet;
