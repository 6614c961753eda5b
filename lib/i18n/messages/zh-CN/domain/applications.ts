// 简体中文 — lib/applications: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const applications = {
  errors: {},
  notices: {},
};

export default applications;
