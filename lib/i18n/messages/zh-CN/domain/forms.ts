// 简体中文 — lib/forms: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const forms = {
  errors: {},
  notices: {},
};

export default forms;
