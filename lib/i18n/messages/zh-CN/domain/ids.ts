// 简体中文 — lib/ids: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const ids = {
  errors: {},
  notices: {},
};

export default ids;
