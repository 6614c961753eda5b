// 简体中文 — lib/metrics: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const metrics = {
  errors: {
    noSuchMetric: "没有这一项指标的明细",
    exportFormat: "导出格式只能是 csv 或 xlsx",
  },
  notices: {},
};

export default metrics;
