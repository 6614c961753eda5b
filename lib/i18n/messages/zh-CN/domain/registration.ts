// 简体中文 — lib/registration: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const registration = {
  errors: {
    requestKeyInvalid: "表单已失效，请刷新页面后重试",
    changeIdMissing: "缺少申请编号",
    changeIdInvalid: "申请编号无效",
    change: {
      reasonRequired: "请填写变更原因",
      reasonTooShort: "请填写变更原因（至少 {minimum} 个字）",
      reasonTooLong: "变更原因不能超过 {maximum} 个字",
      nameOrAddressRequired: "请填写新的企业名称或新的住所（至少一项）",
      nothingToChange: "填写的名称和住所与现登记信息相同，无需办理变更",
    },
    cancel: {
      reasonRequired: "请填写注销原因",
      reasonTooShort: "请填写注销原因（至少 {minimum} 个字）",
      reasonTooLong: "注销原因不能超过 {maximum} 个字",
      confirmRequired: "请勾选确认：注销后本企业的营业执照和全部许可证、备案回执将同时注销",
      applicationsInProgress: "本企业尚有 {count} 件申请正在办理，办结后方可申请注销登记",
    },
    decide: {
      chooseAction: "请选择准予或不予登记",
      reasonTooLong: "理由不能超过 {maximum} 个字",
      rejectReasonRequired: "请填写不予登记的理由（至少 {minimum} 个字）",
      withdrawn: "申请人已撤回该申请",
      decidedByOther: "该申请已由其他人员办理，请刷新页面查看结果",
      enterpriseCancelled: "该企业已注销，不能再办理变更或注销登记",
      notAuthority: "变更、注销登记由登记机关（市场监管部门）办理，您所在部门无此权限",
    },
    name: {
      taken: "企业名称“{name}”已被其他企业登记使用，请另选名称",
      similar: "企业名称“{name}”与已登记的“{other}”实质相同（仅全角半角、空格、标点或组织形式不同），请另选名称",
      pending: "企业名称“{name}”与其他企业正在申请变更的名称“{other}”相同或近似，请另选名称",
    },
    noEnterprise: "您的账户尚未关联企业，无法办理变更或注销登记",
    requestNotFound: "申请不存在",
    enterpriseNotFound: "企业不存在",
    enterpriseCancelled: "本企业已办理注销登记，不能再申请变更或注销",
    enterpriseCancelledNoApply: "本企业已办理注销登记，不能再申请许可",
    openChange: "本企业已有一件变更登记申请正在办理，请等待办结或撤回后再申请",
    openCancel: "本企业已有一件注销登记申请正在办理，请等待办结或撤回后再申请",
    alreadyDecided: "登记机关已作出决定，该申请不能再撤回",
    licenceChanged: "证照 {number} 的状态刚刚发生变化，请刷新页面后重新办理",
  },
  notices: {
    changeRequested: { title: "新的变更登记申请：{enterprise}", body: "申请理由：{reason}" },
    cancelRequested: { title: "新的注销登记申请：{enterprise}", body: "申请理由：{reason}" },
    changeRejected: { title: "变更登记申请未获准予", body: "理由：{reason}" },
    cancelRejected: { title: "注销登记申请未获准予", body: "理由：{reason}" },
    // To the enterprise's accounts: what an approved change did to its licences ({reissued}: "old → new" lines,
    // {kept}: numbers). A licence left for review gets a message of its own (premisesReview*).
    changeApproved: { title: "变更登记已准予", body: "登记信息已更新。" },
    changeApprovedReissued: {
      title: "变更登记已准予",
      body: "以下 {count} 项证照已换发新版本，电子卡包中为新版本：\n{reissued}",
    },
    changeApprovedKept: { title: "变更登记已准予", body: "以下证照在其自有经营场所，保持不变：{kept}" },
    changeApprovedReissuedKept: {
      title: "变更登记已准予",
      body: "以下 {count} 项证照已换发新版本，电子卡包中为新版本：\n{reissued}\n\n以下证照在其自有经营场所，保持不变：{kept}",
    },
    cancelApproved: { title: "注销登记已准予", body: "本企业已注销，营业执照及 {count} 项证照同时注销：{numbers}" },
    // To the enterprise's accounts and the issuing department: a premises-bound licence at the old registered
    // address, not moved with it (rules.ts changeEffect "review").
    premisesReviewNewApplication: {
      title: "证照未随住所变更：{enterprise}",
      body: "以下证照按原经营场所核发，未随住所变更：\n{matter} {number}：如在新住所经营，需向发证部门重新申请；原证照对原经营场所（{address}）继续有效",
    },
    premisesReviewNewApplicationSuspended: {
      title: "证照未随住所变更：{enterprise}",
      body: "以下证照按原经营场所核发，未随住所变更：\n{matter} {number}：如在新住所经营，需向发证部门重新申请；原证照已暂停，经现场核查后恢复",
    },
    premisesReviewOnsiteCheck: {
      title: "证照未随住所变更：{enterprise}",
      body: "以下证照按原经营场所核发，未随住所变更：\n{matter} {number}：如在新住所经营，需经发证部门现场核查；原证照对原经营场所（{address}）继续有效",
    },
    premisesReviewOnsiteCheckSuspended: {
      title: "证照未随住所变更：{enterprise}",
      body: "以下证照按原经营场所核发，未随住所变更：\n{matter} {number}：如在新住所经营，需经发证部门现场核查；原证照已暂停，经现场核查后恢复",
    },
    // To the officers of each department whose licences were re-issued ({licences}: "matter old → new" lines).
    linkedRename: { title: "联动变更：{enterprise} 更名为 {name}", body: "贵部门核发的证照：\n{licences}" },
    linkedMove: { title: "联动变更：{enterprise} 住所变更为 {address}", body: "贵部门核发的证照：\n{licences}" },
    linkedRenameMove: { title: "联动变更：{enterprise} 更名为 {name} 住所变更为 {address}", body: "贵部门核发的证照：\n{licences}" },
    linkedCancel: { title: "联动注销：{enterprise} 已注销登记", body: "贵部门核发的证照：\n{licences}" },
  },
};

export default registration;
