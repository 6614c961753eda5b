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
      linkNotFound: "分享链接不存在，请核对链接是否完整",
      linkNotOwn: "该分享链接不存在或不属于本企业",
    },
    status: {
      licenceIdMissing: "缺少证照编号",
      licenceIdInvalid: "证照编号无效",
      chooseAction: "请选择要进行的操作",
      reasonTooLong: "理由不能超过 {maximum} 个字",
      revokeReasonRequired: "请填写撤销理由（至少 {minimum} 个字）",
      suspendReasonRequired: "请填写暂停理由（至少 {minimum} 个字）",
      noDepartment: "您的账户未绑定审批部门，请联系管理员",
      businessLicence: "营业执照的注销、吊销由市场监管部门依登记程序办理，不能在此变更",
      takenByOther: "该证照已由其他人员处理，请刷新页面查看最新情况",
      // The status the officer saw is no longer the licence's (its new status in the key).
      changedTo: {
        VALID: "该证照状态已变更为“有效”，请刷新页面查看最新情况",
        SUSPENDED: "该证照状态已变更为“已暂停”，请刷新页面查看最新情况",
        REVOKED: "该证照状态已变更为“已撤销”，请刷新页面查看最新情况",
        EXPIRED: "该证照状态已变更为“已过期”，请刷新页面查看最新情况",
        CANCELLED: "该证照状态已变更为“已注销”，请刷新页面查看最新情况",
        SUPERSEDED: "该证照状态已变更为“已被新版本替代”，请刷新页面查看最新情况",
      },
      // The status does not allow the action (action, then status, in the key).
      notAllowed: {
        suspend: {
          VALID: "证照当前状态为“有效”，不能暂停",
          SUSPENDED: "证照当前状态为“已暂停”，不能暂停",
          REVOKED: "证照当前状态为“已撤销”，不能暂停",
          EXPIRED: "证照当前状态为“已过期”，不能暂停",
          CANCELLED: "证照当前状态为“已注销”，不能暂停",
          SUPERSEDED: "证照当前状态为“已被新版本替代”，不能暂停",
        },
        revoke: {
          VALID: "证照当前状态为“有效”，不能撤销",
          SUSPENDED: "证照当前状态为“已暂停”，不能撤销",
          REVOKED: "证照当前状态为“已撤销”，不能撤销",
          EXPIRED: "证照当前状态为“已过期”，不能撤销",
          CANCELLED: "证照当前状态为“已注销”，不能撤销",
          SUPERSEDED: "证照当前状态为“已被新版本替代”，不能撤销",
        },
        reinstate: {
          VALID: "证照当前状态为“有效”，不能恢复",
          SUSPENDED: "证照当前状态为“已暂停”，不能恢复",
          REVOKED: "证照当前状态为“已撤销”，不能恢复",
          EXPIRED: "证照当前状态为“已过期”，不能恢复",
          CANCELLED: "证照当前状态为“已注销”，不能恢复",
          SUPERSEDED: "证照当前状态为“已被新版本替代”，不能恢复",
        },
      },
    },
    // The offline check of a downloaded e-licence (verify-document.ts, the CLI scripts/verify-licence.ts).
    file: {
      notJson: "文件不是有效的 JSON：请使用从平台下载的电子证照文件（.json）",
      notLicence: "文件不是电子证照：缺少证照内容（payload）、签名（signature）或密钥编号（keyId）",
    },
    notFound: "证照不存在",
    noSignature: "该证照无电子签名，无法下载签名数据文件",
    noDepartment: "您的账户未绑定审批部门，请联系管理员",
  },
  notices: {
    revoked: { title: "{department}已撤销您的证照", body: "{matter}（{number}）已被撤销，自即日起不再有效。理由：{reason}" },
    suspended: { title: "{department}已暂停您的证照", body: "{matter}（{number}）已暂停效力，核验时显示为“已暂停”。理由：{reason}" },
    reinstated: { title: "{department}已恢复您的证照", body: "{matter}（{number}）已恢复有效。说明：{reason}" },
    reinstatedNoReason: { title: "{department}已恢复您的证照", body: "{matter}（{number}）已恢复有效。" },
  },
};

export default licences;
