// 简体中文 — lib/catalog: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const catalog = {
  errors: {},
  notices: {},
};

export default catalog;
