// deptDesk: strings of this area (zh-CN, default and complete).
const deptDesk = {
  heading: "（待补充）",
};

export default deptDesk;
