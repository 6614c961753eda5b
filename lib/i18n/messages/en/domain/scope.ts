// English — lib/scope: its errors and its inbox messages (mirrors zh-CN/domain/scope.ts).
import type { Messages } from "../../zh-CN";

const scope: Messages["domain"]["scope"] = {
  errors: {
    chooseEnterprise: "Choose an enterprise",
    chooseTerms: "Choose at least one business scope term",
    termInvalid: "A business scope term code is not valid",
    tooManyTerms: "Choose at most {maximum} business scope terms",
    enterpriseNotFound: "The enterprise does not exist or has been deregistered",
    unknownTerms: "Unknown business scope terms: {codes}",
  },
  notices: {
    permitsNeeded: {
      title: "Your business scope includes licensed activities: apply for the permits",
      body: "The business scope registered for your enterprise includes licensed activities. Before carrying them out you need: {permits}. The guide shows the conditions and materials.",
    },
    departmentPushed: {
      title: "A newly registered enterprise's business scope concerns your department's permits: {enterprise}",
      body: "{enterprise} (unified social credit code {uscc}) registered a business scope that concerns: {permits}. Please include it in supervision and report the permit once the enterprise holds it.",
    },
  },
};

export default scope;
