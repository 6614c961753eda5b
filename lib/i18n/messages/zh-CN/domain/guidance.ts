// 简体中文 — lib/guidance: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const guidance = {
  errors: {},
  notices: {},
};

export default guidance;
