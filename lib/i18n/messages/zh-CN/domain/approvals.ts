// 简体中文 — lib/approvals: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const approvals = {
  errors: {},
  notices: {},
};

export default approvals;
