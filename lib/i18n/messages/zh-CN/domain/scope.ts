// 简体中文 — lib/scope: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const scope = {
  errors: {},
  notices: {},
};

export default scope;
