// 简体中文 — lib/scope: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const scope = {
  errors: {
    chooseEnterprise: "请选择企业",
    chooseTerms: "请至少选择一项经营范围",
    termInvalid: "经营范围表述编码无效",
    tooManyTerms: "经营范围最多选择{maximum}项",
    enterpriseNotFound: "企业不存在或已注销",
    unknownTerms: "经营范围表述不存在：{codes}",
  },
  notices: {
    permitsNeeded: {
      title: "经营范围涉及许可事项，请办理相关许可",
      body: "您的企业登记的经营范围包含许可项目，开展相关经营活动前需办理：{permits}。可通过智能导办查看条件和材料。",
    },
    departmentPushed: {
      title: "新登记企业经营范围涉及本部门许可：{enterprise}",
      body: "{enterprise}（统一社会信用代码 {uscc}）登记的经营范围涉及：{permits}。请纳入监管范围，企业取得许可后及时反馈许可信息。",
    },
  },
};

export default scope;
