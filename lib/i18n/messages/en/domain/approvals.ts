// English — lib/approvals: its errors and its inbox messages (mirrors zh-CN/domain/approvals.ts).
import type { Messages } from "../../zh-CN";

const approvals: Messages["domain"]["approvals"] = {
  errors: {
    // Officer and applicant views (HG): reading an application, a task or a file.
    view: {
      applicationNotFound: "Application not found",
      staleApplication: "The application's status has changed (another officer may have handled it). Please refresh the page to see its current status",
      taskNotFound: "Approval task not found",
      noDepartment: "Your account is not linked to an approving department. Please contact the administrator",
      materialNotFound: "File not found",
      materialGone: "The file is no longer in storage. Please contact the administrator",
    },
  },
  notices: {},
};

export default approvals;
