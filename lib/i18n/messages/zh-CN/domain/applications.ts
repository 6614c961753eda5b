// 简体中文 — lib/applications: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const duplicate = (status: string) =>
  `同一经营场所已有一件办理中的申请包含“{matters}”（${status}），不能重复申请。请继续办理该申请：{href}；如不再需要，可在“我的申请”中删除草稿或撤回申请。`;

const applications = {
  errors: {
    notFound: "申请不存在",
    alreadySubmitted: "申请已提交，不能再修改",
    requestInvalid: "请求无效，请刷新页面后重试",
    applicationIdMissing: "缺少申请编号",
    statusChanged: "申请状态刚刚发生变化，请刷新页面后重试",
    start: {
      chooseMatter: "请至少选择一个事项",
      tooManyMatters: "一次最多申请{maximum}个事项",
      choosePermit: "请至少选择一个许可事项",
      unknownMatters: "以下事项不存在、已停止办理或无需申请：{codes}",
      premisesTooLong: "经营场所地址不超过{maximum}字",
      duplicate: {
        DRAFT: duplicate("草稿，尚未提交"),
        SUBMITTED: duplicate("已提交，等待综合窗口受理"),
        RETURNED: duplicate("已退回，待修改后重新提交"),
        ACCEPTED: duplicate("已受理，部门审批中"),
        DECIDED: duplicate("部门已作出决定，等待统一出件"),
      },
    },
    draft: {
      invalid: "草稿数据格式不正确，请刷新页面后重试",
      submitted: "申请已提交，不能再修改草稿",
      stale: "草稿已在其他设备或窗口中更新，请刷新页面获取最新内容后再修改",
    },
    commitment: {
      matterMissing: "申请中没有该事项",
      notOffered: "“{name}”不实行告知承诺，请按要求提交材料",
      outdated: "承诺书内容已更新，请重新阅读最新的承诺书后再签署",
      versionInvalid: "承诺书版本无效，请刷新页面后重新阅读并签署",
    },
    material: {
      missing: "申请中没有该材料",
      missingOrSubmitted: "申请中没有该材料，或申请已提交",
      notPendable: "“{name}”是关键材料或不允许容缺，必须在提交时上传",
      heldByGovernment: "“{name}”由政府部门共享获取，无需上传",
      chooseFile: "请选择要上传的文件",
      tooLarge: "文件“{name}”超过 5 MB 上限，请压缩或拆分后上传",
      uploadInvalid: "上传请求无效，请刷新页面后重试",
    },
    sign: {
      formChanged: "表单刚刚更新，文件内容可能已变化，请重新核对后签署",
      notGeneratable: "“{name}”不能在线生成，请上传文件",
      incomplete: "“{name}”还不能生成：{problems}",
      outdated: "“{name}”的内容已随表单更新，请重新核对后签署",
      versionInvalid: "文件版本无效，请刷新页面后重新核对并签署",
    },
    submit: {
      invalid: "提交请求无效，请刷新页面后重试",
      stale: "申请内容已在其他设备或窗口中更新，请刷新页面核对后再提交",
      statusChanged: "申请状态已变化，请刷新页面",
      commitmentRestricted: "“{name}”：贵企业信用等级为 D（失信，信用分 {score}），不能适用告知承诺。请撤回该告知承诺并提交材料",
      commitmentNotOffered: "“{name}”已不再实行告知承诺，请撤回承诺并提交材料",
      commitmentOutdated: "“{name}”的告知承诺书已更新，请重新阅读并签署",
      pendingRestricted: "“{name}”不能容缺后补：贵企业信用等级为 D（失信，信用分 {score}），请现在提交",
      pendingNotAllowed: "“{name}”已调整为必须提交的材料，请上传",
    },
    documents: {
      resign: "“{name}”的内容已随表单更新，请重新核对并签署",
      sign: "请核对并电子签名系统生成的“{name}”，或上传本企业的文件（{matters}需要）",
      upload: "请上传“{name}”（{matters}需要）",
      fillFirst: "请先填写“{label}”",
      capitalNumber: "“{label}”请填写数字（单位：万元），例如 50",
      capitalSum: "“{label}”应等于全体股东认缴出资额之和（{total}万元），请核对",
      soleNatural: "“{type}”只能有一位自然人股东，请核对企业类型或股东名单",
      soleLegal: "“{type}”只能有一位企业（法人）股东，请核对企业类型或股东名单",
      jointVenture: "“{type}”应有两位以上股东，请核对企业类型或股东名单",
      naturalControlled: "“{type}”应至少有一位自然人股东，请核对企业类型或股东名单",
      supervisorConflict: "董事、高级管理人员不得兼任监事（《公司法》），请另行确定监事",
      scopeTerm: "“{label}”中的“{item}”不是经营范围规范表述，请按经营范围规范表述填写（可在“经营范围规范表述”查询页查找）",
      signSize: "“{label}”请按“长×高”填写，单位为米，例如 3×0.8",
      allMustSign: "章程和股东决定须由全体股东本人签署。只有一位股东、且由该股东本人登录办理时，本网站可生成并由其电子签名；其他情况请上传全体股东签署的文件。",
      notLlc: "在线生成的章程和任职文件适用于有限责任公司；其他类型的企业请上传本企业的文件。",
      unverifiable: "{names}的身份无法在线核验（只能核验登录本人的实名认证身份和在本市登记的企业），请上传其身份证明或主体资格证明。",
      verifiedPeople: "已在线核验，免交：自然人股东与登录账户的实名认证身份一致",
      verifiedCompanies: "已在线核验，免交：{count}家企业股东与企业登记信息一致",
      verifiedBoth: "已在线核验，免交：自然人股东与登录账户的实名认证身份一致，{count}家企业股东与企业登记信息一致",
    },
    withdraw: {
      stale: "申请状态已变化，请刷新页面查看最新状态",
      reasonTooLong: "撤回原因不超过{maximum}字",
      already: "该申请已撤回",
      neverSubmitted: "草稿尚未提交，无需撤回，可直接删除",
      decided: "审批部门已作出决定，不能再撤回申请",
      notWithdrawable: "申请当前状态不能撤回，请刷新页面查看最新状态",
      versionChanged: "申请状态已变化，请刷新页面查看最新状态后再决定是否撤回",
      taskChanged: "审批部门刚刚办理了该申请，请刷新页面查看最新状态",
      statusChanged: "申请状态已变化，请刷新页面查看最新状态",
    },
    deleteDraft: {
      notFound: "草稿不存在",
      submitted: "申请已提交，不能删除；如不再需要，请在办理进度页撤回申请",
      everSubmitted: "该申请曾经提交（退件后修改中），不能删除；如不再需要，请撤回申请",
      changed: "草稿状态已变化，请刷新页面",
    },
  },
  notices: {
    submitted: { title: "申请已提交", body: "您的申请已提交，共 {count} 个事项，综合窗口将尽快受理。" },
    newSubmission: { title: "新申请待受理", body: "{applicant}提交了一件申请，共 {count} 个事项。" },
    withdrawn: {
      window: { title: "申请人已撤回申请", body: "涉及“{matters}”的申请已由申请人撤回，无需再受理或出件。撤回原因：{reason}" },
      department: {
        title: "申请人已撤回申请",
        body: "涉及“{matters}”的申请已由申请人撤回，贵部门的审批任务已关闭，承诺时限停止计算。撤回原因：{reason}",
      },
    },
    withdrawnNoReason: {
      window: { title: "申请人已撤回申请", body: "涉及“{matters}”的申请已由申请人撤回，无需再受理或出件。申请人未说明原因。" },
      department: {
        title: "申请人已撤回申请",
        body: "涉及“{matters}”的申请已由申请人撤回，贵部门的审批任务已关闭，承诺时限停止计算。申请人未说明原因。",
      },
    },
  },
};

export default applications;
