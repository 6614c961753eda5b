// 简体中文 — lib/notifications: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const notifications = {
  errors: {},
  notices: {},
};

export default notifications;
