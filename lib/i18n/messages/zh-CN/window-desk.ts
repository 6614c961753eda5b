// window: strings of this area (zh-CN, default and complete).
const window = {
  heading: "（待补充）",
};

export default window;
