// 简体中文 — lib/approvals: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const approvals = {
  errors: {
    // Officer and applicant views (HG): reading an application, a task or a file.
    view: {
      applicationNotFound: "申请不存在",
      staleApplication: "申请状态已变化（可能已由其他人员处理），请刷新页面查看最新状态",
      taskNotFound: "审批任务不存在",
      noDepartment: "您的账户未绑定审批部门，请联系管理员",
      materialNotFound: "文件不存在",
      materialGone: "文件已不在存储中，请联系管理员",
    },
  },
  notices: {},
};

export default approvals;
