// inbox: strings of this area (zh-CN, default and complete).
const inbox = {
  heading: "（待补充）",
};

export default inbox;
