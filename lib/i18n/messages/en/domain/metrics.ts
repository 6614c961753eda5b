// English — lib/metrics: its errors and its inbox messages (mirrors zh-CN/domain/metrics.ts).
import type { Messages } from "../../zh-CN";

const metrics: Messages["domain"]["metrics"] = {
  errors: {
    noSuchMetric: "There is no breakdown for this metric",
    exportFormat: "The export format can only be csv or xlsx",
  },
  notices: {},
};

export default metrics;
