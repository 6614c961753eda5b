// 简体中文 — lib/metrics: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const metrics = {
  errors: {},
  notices: {},
};

export default metrics;
