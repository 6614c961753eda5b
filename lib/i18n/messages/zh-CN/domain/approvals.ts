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
    input: {
      idMissing: "缺少编号",
      idInvalid: "编号无效",
      stale: "请求无效，请刷新页面后重试",
      documentInvalid: "材料编号无效，请刷新页面",
      tooManyDocuments: "一次最多核对 {maximum} 项材料",
      pendingDays: "补交期限须为 1 至 30 个工作日",
      problemRequired: "请写明问题",
      problemTooLong: "每条问题不超过 {maximum} 字",
      noProblems: "退件通知必须写明全部问题，至少一条",
      tooManyProblems: "一份退件通知最多写 {maximum} 条问题",
      chooseAction: "请选择处理方式",
      reasonInvalid: "说明无效",
      reasonTooLong: "说明不超过 {maximum} 字",
      rejectReason: "不予许可必须写明理由和依据",
      correctionReason: "请写明需要申请人补正的内容",
      answerRequired: "请填写补正说明",
      answerTooLong: "补正说明不超过 {maximum} 字",
    },
    accept: {
      foreignDocument: "所核对的材料不属于该申请，请刷新页面",
      notPendable: "{names}是关键材料或不允许容缺，不能后补；如有问题请退件",
      creditRestricted: "不能容缺受理：{reason}",
      incomplete: "材料不齐，不能受理（请退件并一次性告知）：{problems}",
    },
    return: {
      foreignDocument: "退件问题所指的材料不属于该申请，请刷新页面",
    },
    issue: {
      pendingAwaited: "尚有容缺材料未补交：{names}，补交（或期限届满）后方可统一出件",
      nameTakenExact: "企业名称“{name}”已被其他企业登记使用，请另选名称：该名称已在本申请受理后被登记，无法统一出件，请联系申请人",
      nameTakenSimilar:
        "企业名称“{name}”与已登记的“{other}”实质相同（仅全角半角、空格、标点或组织形式不同），请另选名称：该名称已在本申请受理后被登记，无法统一出件，请联系申请人",
      nameTakenPendingChange:
        "企业名称“{name}”与其他企业正在申请变更的名称“{other}”相同或近似，请另选名称：该名称已在本申请受理后被登记，无法统一出件，请联系申请人",
    },
    task: {
      noDepartment: "您的账户未绑定审批部门，请联系管理员",
      notFound: "审批任务不存在",
      takenNow: "该任务已由其他人员处理，请刷新页面查看最新情况",
      // By the status the task is in now (decide-task.ts): who came second is told where it stands.
      taken: {
        PENDING: "该任务已由其他人员处理（当前状态：待办理），请刷新页面查看最新情况",
        IN_REVIEW: "该任务已由其他人员处理（当前状态：审查中），请刷新页面查看最新情况",
        CORRECTION_REQUESTED: "该任务已由其他人员处理（当前状态：等待申请人补正），请刷新页面查看最新情况",
        ONSITE_CHECK: "该任务已由其他人员处理（当前状态：现场核查中），请刷新页面查看最新情况",
        APPROVED: "该任务已由其他人员处理（当前状态：已准予许可），请刷新页面查看最新情况",
        REJECTED: "该任务已由其他人员处理（当前状态：已不予许可），请刷新页面查看最新情况",
        WITHDRAWN: "该任务已由其他人员处理（当前状态：申请人已撤回申请），请刷新页面查看最新情况",
      },
      notAllowed: {
        PENDING: "任务当前状态为“待办理”，不能进行此操作",
        IN_REVIEW: "任务当前状态为“审查中”，不能进行此操作",
        CORRECTION_REQUESTED: "任务当前状态为“等待申请人补正”，不能进行此操作",
        ONSITE_CHECK: "任务当前状态为“现场核查中”，不能进行此操作",
        APPROVED: "任务当前状态为“已准予许可”，不能进行此操作",
        REJECTED: "任务当前状态为“已不予许可”，不能进行此操作",
        WITHDRAWN: "任务当前状态为“申请人已撤回申请”，不能进行此操作",
      },
    },
    correction: {
      notFound: "补正要求不存在",
      answered: "该补正要求已答复，请刷新页面",
      ended: "该部门已办结此事项，无需再补正，请刷新页面",
    },
    supplement: {
      notAwaited: "没有待补交的该项材料（可能已补交或已逾期）",
      late: "补交期限已过，容缺受理已终止，请联系综合窗口",
      gone: "该材料已补交或已逾期，请刷新页面",
    },
  },
  notices: {
    accepted: { title: "申请已受理", body: "您的申请已受理，并已同时分送 {count} 个审批部门办理。" },
    acceptedWithPending: {
      title: "申请已受理",
      body: "您的申请已受理，并已同时分送 {count} 个审批部门办理。请于 {deadline} 前补交{names}（容缺受理）。",
    },
    newTask: { title: "新的审批任务", body: "综合窗口分送了一件申请，请在时限内办理。" },
    returned: { title: "申请被退回（一次性告知）", body: "请按以下 {count} 条意见修改后重新提交：\n{problems}" },
    readyToIssue: { title: "申请待统一出件", body: "一件申请的各审批部门均已作出决定，请统一出件。" },
    issued: { title: "结果已统一出件", body: "共发放 {count} 项：\n{lines}" },
    issuedWithRejected: { title: "结果已统一出件", body: "共发放 {count} 项，{rejected} 项未获准予（理由见下）：\n{lines}" },
    taskApproved: { title: "{department}已准予许可", body: "{matters}已获准予，将由综合窗口统一出件。" },
    taskRejected: { title: "{department}不予许可", body: "{matters}不予许可。理由：{reason}" },
    correctionRequested: { title: "{department}请您补正", body: "{matters}需要补正：{reason}（补正期间审批时限暂停计算）" },
    onsite: { title: "{department}将进行现场核查", body: "{matters}需现场核查。" },
    onsiteWithNote: { title: "{department}将进行现场核查", body: "{matters}需现场核查：{reason}。" },
    correctionAnswered: { title: "申请人已补正", body: "申请人答复了补正要求：{answer}，审批时限恢复计算。" },
    correctionAnsweredWithFile: { title: "申请人已补正", body: "申请人答复了补正要求：{answer}（附件：{fileName}），审批时限恢复计算。" },
    supplemented: { title: "容缺材料已补交", body: "申请人补交了“{name}”（{fileName}）。" },
    pendingEnded: { title: "容缺受理已终止", body: "容缺材料{names}逾期未补交，容缺受理终止，{matters}未获准予。如仍需办理，请重新申请。" },
    pendingEndedNoMatters: { title: "容缺受理已终止", body: "容缺材料{names}逾期未补交，容缺受理终止，相关事项未获准予。如仍需办理，请重新申请。" },
    pendingOverdue: { title: "容缺材料逾期未补交", body: "容缺材料{names}逾期未补交，容缺受理终止，{matters}已终止办理。" },
    pendingOverdueNoMatters: { title: "容缺材料逾期未补交", body: "容缺材料{names}逾期未补交，容缺受理终止，相关事项已终止办理。" },
    taskDueSoon: { title: "审批任务即将到期", body: "一项审批任务须在 {due} 前办结。" },
    taskDueSoonStatutory: { title: "审批任务即将到期", body: "一项审批任务须在 {due} 前办结（法定时限至 {statutory}）。" },
    taskOverdue: { title: "审批任务已超过承诺时限", body: "一项审批任务的承诺办结日 {due} 已过，请立即办理。" },
    taskOverdueStatutory: { title: "审批任务已超过承诺时限", body: "一项审批任务的承诺办结日 {due} 已过（法定时限至 {statutory}），请立即办理。" },
  },
};

export default approvals;
