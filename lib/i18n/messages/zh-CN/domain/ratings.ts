// 简体中文 — lib/ratings: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const ratings = {
  errors: {},
  notices: {},
};

export default ratings;
