// 简体中文 — lib/files: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const files = {
  errors: {},
  notices: {},
};

export default files;
