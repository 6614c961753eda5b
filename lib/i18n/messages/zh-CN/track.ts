// track: strings of this area (zh-CN, default and complete).
const track = {
  heading: "（待补充）",
};

export default track;
