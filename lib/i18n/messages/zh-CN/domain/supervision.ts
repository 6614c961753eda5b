// 简体中文 — lib/supervision: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const supervision = {
  errors: {},
  notices: {},
};

export default supervision;
