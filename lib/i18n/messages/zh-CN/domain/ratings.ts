// 简体中文 — lib/ratings: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const ratings = {
  errors: {
    input: {
      applicationMissing: "缺少申请编号",
      applicationInvalid: "申请编号无效",
      unitMissing: "缺少评价对象",
      unitInvalid: "评价对象无效",
      ticketMissing: "缺少整改工单编号",
      ticketInvalid: "整改工单编号无效",
      // One key per dimension (its name is part of the sentence); 1–5 is SCORE_MIN–SCORE_MAX (lib/ratings/rules.ts).
      score: {
        overall: "请为“总体满意度”打分（1–5 分）",
        efficiency: "请为“办理效率”打分（1–5 分）",
        guideAccuracy: "请为“办事指南准确性”打分（1–5 分）",
        convenience: "请为“办事便利度”打分（1–5 分）",
        usability: "请为“平台易用性”打分（1–5 分）",
      },
      commentText: "评价内容须为文字",
      commentTooLong: "评价内容不能超过 {maximum} 个字",
      noteRequired: "请填写情况说明",
      noteTooShort: "请填写情况说明（至少 {minimum} 个字）",
      noteTooLong: "情况说明不能超过 {maximum} 个字",
      versionInvalid: "页面版本无效，请刷新页面",
      filterInvalid: "筛选条件无效",
    },
    applicationNotFound: "申请不存在",
    unitNotOnApplication: "该申请没有这个审批部门的办理环节",
    alreadyRated: "已评价过{unit}：每项办理服务只能评价一次。差评经整改后，您可以再评价一次。",
    alreadyRerated: "已再评价过{unit}：差评整改后只能再评价一次，再评价为最终评价。",
    departmentNotDecided: "{unit}作出审批决定后，才能评价该部门的服务",
    windowNotIssued: "申请办结（统一出件）后，才能评价综合窗口的服务",
    notRatedYet: "您还没有评价过{unit}，请先评价",
    onlyBadRerated: "只有差评（总体满意度 2 分及以下）经整改后，才能再评价一次",
    rerateFinal: "已再评价过{unit}，再评价为最终评价",
    notRectifiedYet: "{unit}尚未完成整改，整改完成后才能再评价",
    ticketChanged: "该整改工单刚刚发生了变化，请刷新页面查看",
    ticketNotFound: "整改工单不存在",
    ticketTaken: "该整改工单已由其他人员处理，请刷新页面查看",
    ticketJustHandled: "该整改工单刚由其他人员处理，请刷新页面查看",
    callbackRecorded: "已记录回访，请刷新页面查看",
    callbackFirst: "请先回访申请人并记录回访情况，再记录整改结果",
    rectificationRecorded: "已记录整改结果，请刷新页面查看",
    noDepartment: "您的账户未绑定审批部门，请联系管理员",
  },
  notices: {
    badRating: {
      title: "差评整改：{application}",
      body: "申请人对{unit}的服务评价为总体 {overall} 分（差评）。\n请于 {callbackDue} 前回访申请人，于 {fixDue} 前完成整改并记录整改情况。",
    },
    badRatingWithComment: {
      title: "差评整改：{application}",
      body: "申请人对{unit}的服务评价为总体 {overall} 分（差评）：“{comment}”\n请于 {callbackDue} 前回访申请人，于 {fixDue} 前完成整改并记录整改情况。",
    },
    rerated: {
      title: "差评整改已闭环：{application}",
      body: "申请人在整改后再评价了{unit}的服务：总体 {overall} 分。再评价为最终评价，整改工单已关闭。",
    },
    rectified: {
      title: "差评整改已完成：{unit}",
      body: "{unit}已完成整改：{note}\n您可以在申请页面对该单位的服务再评价一次，再评价将替代原评价。",
    },
  },
};

export default ratings;
