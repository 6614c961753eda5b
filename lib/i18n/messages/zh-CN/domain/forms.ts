// 简体中文 — lib/forms: its errors (validators' problems: lib/ids/problem.ts; {label} is the field's label, quoted by the caller) and its
// inbox messages (notify(); each has .title and .body).
const forms = {
  labels: {
    companyName: "企业名称",
    address: "住所",
  },
  /** Where a pre-filled value comes from (lib/forms/sources.ts: stored with the value in these words, shown translated). */
  sources: {
    account: "登录账户",
    enterprise: "企业登记信息",
    identity: "登录账户的实名认证信息（本人），法定代表人为他人时可更正",
    fromFinder: "来自智能导办的回答，可更正",
    scope: "按您的回答和所申请事项，以经营范围规范表述生成，可补充",
    assignedAtRegistration: "设立登记时赋予",
    longTerm: "默认长期，可更正",
    idType: "由证件号码识别",
    samePhone: "同联系电话，可更正",
    sameAddress: "同企业住所，可更正",
    subdistrict: "由经营场所地址识别",
    sameSign: "同门店招牌名称，可更正",
    shareholderCount: "按股东名单计数",
    registeredCapital: "按股东认缴出资额合计",
  },
  /** Placeholder values the portal writes before the fact exists. */
  values: {
    usccPending: "设立登记后自动赋码",
  },
  errors: {
    value: {
      notMulti: "{label}应为多选，请重新勾选",
      badOptions: "{label}的选项“{options}”不在可选范围内，请重新勾选",
      single: "{label}只能填写一个值",
      tooLong: "{label}不能超过{maximum}个字",
      number: "{label}请填写数字（最多两位小数），例如 80 或 80.5",
      date: "{label}请填写有效日期，格式为 年-月-日，例如 2026-12-01",
      select: "{label}请从列表中选择",
      boolean: "{label}请选择“是”或“否”",
      phone: "{label}请填写11位手机号码或带区号的固定电话，例如 13800138000 或 021-57930000",
      withDetail: "{label}：{detail}",
    },
    address: {
      tooShort: "{label}至少 {minimum} 个字，请写明区（县）、街道（镇）、路名和门牌号",
      tooLong: "{label}不能超过 {maximum} 个字（当前 {length} 个字）",
      incomplete: "{label}请填写完整地址，写明区（县）、街道（镇）、路名和门牌号，例如 上海市金山区石化街道卫零路1号",
    },
    name: {
      tooShort: "{label}至少 {minimum} 个字",
      tooLong: "{label}不能超过 {maximum} 个字（当前 {length} 个字），请删减后再提交",
      notChinese: "{label}应使用规范汉字",
      noCore: "{label}除组织形式外至少还需 {minimum} 个字",
      takenByPendingChange: "企业名称“{name}”与其他企业正在申请变更的名称“{other}”相同或近似，请另选名称",
      taken: "企业名称“{name}”已被其他企业登记使用，请另选名称",
      similar: "企业名称“{name}”与已登记的“{other}”实质相同（仅全角半角、空格、标点或组织形式不同），请另选名称",
    },
    shareholders: {
      columns: "第{line}行应依次填写姓名（名称）、证件号码、认缴出资额（万元）三项，例如“{example}”",
      idInvalid: "第{line}行的证件号码“{id}”校验不通过，请核对身份证号码或统一社会信用代码",
      amount: "第{line}行的认缴出资额“{amount}”应为大于 0 的数字（单位：万元），例如 50",
      duplicate: "证件号码“{id}”重复出现，同一股东请合并为一行",
    },
    registryFact: "{label}以企业登记信息为准，不能在申请表中修改；如需更正，请先办理变更登记（我的企业 → 变更登记）",
    unknownField: "表单中没有“{key}”这一项，请刷新页面后重试",
    required: "请填写{label}",
  },
  notices: {},
};

export default forms;
