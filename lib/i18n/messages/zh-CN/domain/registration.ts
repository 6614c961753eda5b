// 简体中文 — lib/registration: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const registration = {
  errors: {},
  notices: {},
};

export default registration;
