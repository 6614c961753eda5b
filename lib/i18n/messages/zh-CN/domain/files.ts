// 简体中文 — lib/files: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const files = {
  errors: {
    badKey: "文件存储键无效",
  },
  notices: {},
};

export default files;
