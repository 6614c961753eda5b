// holidays: the admin's holiday calendar (节假日与调休) editor (zh-CN, default and complete).
const holidays = {
  heading: "（待补充）",
};

export default holidays;
