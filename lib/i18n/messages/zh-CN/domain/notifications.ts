// 简体中文 — lib/notifications: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const notifications = {
  errors: {
    idMissing: "缺少消息编号",
    idInvalid: "消息编号无效",
    notFound: "消息不存在",
    outboxNotFound: "推送记录不存在",
    outboxNotFailed: "只有投递失败的推送可以重新排队（该记录可能已被他人处理）",
  },
  notices: {},
};

export default notifications;
