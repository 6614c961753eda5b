// licenceAdmin: strings of this area (zh-CN, default and complete).
const licenceAdmin = {
  heading: "（待补充）",
};

export default licenceAdmin;
