// 简体中文 — lib/calendar: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const calendar = {
  errors: {},
  notices: {},
};

export default calendar;
