// 简体中文 — lib/licences: its errors (AppError keys) and its inbox messages (notify(); each has .title and .body).
const licences = {
  errors: {
    share: {
      licenceInvalid: "证照编号无效",
      chooseLicences: "请至少选择一张证照",
      tooManyLicences: "一次最多分享 {maximum} 张证照",
      purposeRequired: "请填写分享用途",
      purposeTooShort: "分享用途至少 {minimum} 个字",
      purposeTooLong: "分享用途不超过 {maximum} 个字",
      daysRequired: "请填写有效天数",
      daysWhole: "有效天数须为整数",
      daysTooFew: "有效天数至少 {minimum} 天",
      daysTooMany: "有效天数最多 {maximum} 天",
      linkInvalid: "分享链接无效",
      noEnterprise: "您的账户尚未关联企业，没有可分享的证照",
      notOwn: "所选证照不存在或不属于本企业，请刷新页面后重新选择",
      unshareable: "证照 {numbers} 已撤销、注销或被新版本替代，不能分享",
      linkNotOwn: "该分享链接不存在或不属于本企业",
    },
  },
  notices: {},
};

export default licences;
