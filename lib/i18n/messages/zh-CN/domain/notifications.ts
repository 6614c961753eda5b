// 简体中文 — lib/notifications: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const notifications = {
  errors: {
    idMissing: "缺少消息编号",
    idInvalid: "消息编号无效",
    notFound: "消息不存在",
  },
  notices: {},
};

export default notifications;
