// 简体中文 — lib/verify: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const verify = {
  errors: {
    enterpriseNotFound: "未找到该统一社会信用代码对应的企业",
    licenceNotFound: "未找到该编号的证照",
  },
  notices: {},
};

export default verify;
