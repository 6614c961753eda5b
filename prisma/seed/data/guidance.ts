// 智能导办 questions and rules (珠海方案 三(一)2: 通过通俗易懂的问答互动…一次性精准告知企业需要办理的许可证).
// Data, not code: ADMIN edits the rules in /admin/guidance; the seed writes them only into an empty table.
// Thresholds marked 演示 are plausible demo values, not a locality's published rule.
import type { Condition } from "../../../lib/guidance/schemas";

export interface GuidanceQuestionSeed {
  code: string;
  text: string;
  helpText?: string;
  type: "SINGLE" | "MULTIPLE" | "BOOLEAN" | "NUMBER";
  showIf?: Condition;
  options?: { code: string; label: string }[];
}

export interface GuidanceRuleSeed {
  matterCode: string;
  condition: Condition;
  reason: string;
}

const retail: Condition = { q: "activities", includes: "retail" };
const catering: Condition = { q: "activities", includes: "catering" };

export const guidanceQuestions: GuidanceQuestionSeed[] = [
  {
    code: "has_licence",
    text: "您的企业是否已经领取营业执照？",
    helpText: "还没有注册公司或个体工商户的，选择“否”，营业执照可以和许可证一起申请。",
    type: "BOOLEAN",
  },
  {
    code: "activities",
    text: "您打算开展哪些经营活动？（可多选）",
    helpText: "按实际经营的内容勾选，不确定的可以先勾选，结果页会说明每项许可为什么需要。",
    type: "MULTIPLE",
    options: [
      { code: "retail", label: "零售商品（开店、便利店、超市等）" },
      { code: "catering", label: "餐饮服务（堂食、外卖、现制饮品）" },
      { code: "accommodation", label: "住宿（宾馆、酒店、民宿）" },
      { code: "entertainment", label: "歌舞、游艺等娱乐场所" },
      { code: "internet_cafe", label: "网吧（互联网上网服务）" },
      { code: "sport", label: "体育健身场馆或培训" },
      { code: "personal_care", label: "美容美发、洗浴等生活服务" },
      { code: "hr", label: "人力资源服务（招聘、职业中介、劳务派遣）" },
      { code: "freight", label: "道路货物运输" },
      { code: "medical", label: "医疗、动物诊疗服务" },
      { code: "care", label: "托育或养老服务" },
    ],
  },
  { code: "sells_food", text: "是否销售食品？", type: "BOOLEAN", showIf: retail },
  {
    code: "food_kind",
    text: "销售哪类食品？",
    helpText: "预包装食品指预先定量包装、标签齐全的食品（含冷藏冷冻）；散装食品指称重销售、无包装的食品。",
    type: "SINGLE",
    showIf: { all: [retail, { q: "sells_food", eq: true }] },
    options: [
      { code: "prepackaged", label: "仅销售预包装食品" },
      { code: "bulk", label: "销售散装食品或现场制售食品" },
    ],
  },
  {
    code: "sells_chilled",
    text: "销售的食品中是否有需要冷藏冷冻的？",
    helpText: "如冷藏饮料、乳制品、冷冻食品。需要配备相应的冷藏冷冻设施并做好温度记录。",
    type: "BOOLEAN",
    showIf: { all: [retail, { q: "sells_food", eq: true }] },
  },
  { code: "sells_liquor", text: "是否销售酒类商品（含餐饮店售酒）？", type: "BOOLEAN", showIf: { q: "activities", anyOf: ["retail", "catering"] } },
  { code: "sells_tobacco", text: "是否零售卷烟、雪茄烟等烟草制品？", type: "BOOLEAN", showIf: { q: "activities", anyOf: ["retail", "catering"] } },
  { code: "sells_publications", text: "是否销售图书、报纸、期刊等出版物？", type: "BOOLEAN", showIf: retail },
  { code: "sells_drugs", text: "是否销售药品（含非处方药）？", type: "BOOLEAN", showIf: retail },
  {
    code: "medical_devices",
    text: "是否销售医疗器械？销售哪一类？",
    helpText: "产品注册证或备案凭证上写明了医疗器械类别。",
    type: "SINGLE",
    showIf: retail,
    options: [
      { code: "none", label: "不销售医疗器械" },
      { code: "class1", label: "仅第一类（如医用口罩以外的普通敷料、压舌板）" },
      { code: "class2", label: "第二类（如体温计、血压计、避孕套）" },
      { code: "class3", label: "第三类（如隐形眼镜及护理液、植入器械）" },
    ],
  },
  {
    code: "special_goods",
    text: "是否经营以下特殊商品？（可多选，都不经营则不勾选）",
    type: "MULTIPLE",
    showIf: retail,
    options: [
      { code: "hazchem", label: "危险化学品" },
      { code: "pesticide", label: "农药" },
      { code: "vet_drugs", label: "兽药" },
      { code: "bottled_gas", label: "向他人供应瓶装燃气" },
    ],
  },
  {
    code: "sport_high_risk",
    text: "是否开放游泳、滑雪、潜水、攀岩等高危险性体育项目？",
    type: "BOOLEAN",
    showIf: { q: "activities", includes: "sport" },
  },
  {
    code: "hr_kind",
    text: "提供哪类人力资源服务？",
    type: "SINGLE",
    showIf: { q: "activities", includes: "hr" },
    options: [
      { code: "agency", label: "职业中介（为求职者和用人单位介绍工作）" },
      { code: "other", label: "人力资源外包、培训、测评等（不含职业中介）" },
      { code: "dispatch", label: "劳务派遣" },
    ],
  },
  {
    code: "freight_heavy",
    text: "是否使用总质量 4.5 吨以上的货车？",
    helpText: "使用总质量 4500 千克及以下普通货运车辆从事普通货运，已取消道路运输经营许可。",
    type: "BOOLEAN",
    showIf: { q: "activities", includes: "freight" },
  },
  {
    code: "medical_kind",
    text: "开办哪类医疗服务？",
    type: "SINGLE",
    showIf: { q: "activities", includes: "medical" },
    options: [
      { code: "clinic", label: "诊所" },
      { code: "institution", label: "医院、门诊部等医疗机构" },
      { code: "animal", label: "动物诊疗（宠物医院）" },
    ],
  },
  {
    code: "care_kind",
    text: "提供哪类照护服务？（可多选）",
    type: "MULTIPLE",
    showIf: { q: "activities", includes: "care" },
    options: [
      { code: "childcare", label: "3 岁以下婴幼儿托育" },
      { code: "elderly", label: "养老服务" },
    ],
  },
  {
    code: "area",
    text: "经营场所的建筑面积大约是多少平方米？",
    helpText: "填写整数即可，用于判断是否属于需要消防安全检查的公众聚集场所。",
    type: "NUMBER",
  },
  { code: "outdoor_sign", text: "是否在店铺外墙或门头设置招牌（店招）？", type: "BOOLEAN" },
  {
    code: "outdoor_ad",
    text: "除本店招牌外，是否还要设置户外广告设施（广告牌、灯箱等）？",
    type: "BOOLEAN",
    showIf: { q: "outdoor_sign", eq: true },
  },
  {
    code: "gas_use",
    text: "经营中是否使用燃气？",
    helpText: "使用燃气本身不需要许可证，但须向有资质的燃气经营企业购气并签订供用气合同，按规定安装燃气泄漏报警装置。",
    type: "SINGLE",
    options: [
      { code: "none", label: "不使用" },
      { code: "pipeline", label: "使用管道燃气" },
      { code: "bottled", label: "使用瓶装液化石油气" },
    ],
  },
];

/** Public gathering places (《消防法》第七十三条: 宾馆、饭店、商场…公共娱乐场所); area threshold is demo. */
const publicGathering: Condition = {
  any: [
    { q: "activities", anyOf: ["accommodation", "entertainment", "internet_cafe"] },
    { all: [{ q: "activities", anyOf: ["retail", "catering", "sport"] }, { q: "area", gte: 300 }] },
  ],
};

export const guidanceRules: GuidanceRuleSeed[] = [
  { matterCode: "BUSINESS_REGISTRATION", condition: { q: "has_licence", eq: false }, reason: "尚未领取营业执照：营业执照与许可证可以一次申请、一并发放" },
  { matterCode: "PREPACKAGED_FOOD_FILING", condition: { q: "food_kind", eq: "prepackaged" }, reason: "仅销售预包装食品，实行备案，无需申请食品经营许可" },
  { matterCode: "FOOD_OPERATION", condition: { q: "food_kind", eq: "bulk" }, reason: "销售散装食品或现场制售食品，需要食品经营许可" },
  { matterCode: "FOOD_OPERATION", condition: catering, reason: "从事餐饮服务，需要食品经营许可（餐饮服务）" },
  { matterCode: "HYGIENE_CATERING_CANCELLED", condition: catering, reason: "饭馆、咖啡馆、酒吧、茶座的公共场所卫生许可已取消，无需办理" },
  { matterCode: "LIQUOR_RETAIL", condition: { q: "sells_liquor", eq: true }, reason: "销售酒类商品，需要酒类商品零售许可" },
  { matterCode: "TOBACCO_RETAIL", condition: { q: "sells_tobacco", eq: true }, reason: "零售烟草制品，需要烟草专卖零售许可证" },
  { matterCode: "PUBLICATION_RETAIL", condition: { q: "sells_publications", eq: true }, reason: "销售图书、报纸、期刊等出版物，需要出版物零售业务经营许可" },
  { matterCode: "DRUG_RETAIL", condition: { q: "sells_drugs", eq: true }, reason: "销售药品，需要药品经营许可（零售）" },
  { matterCode: "MEDICAL_DEVICE_II_FILING", condition: { q: "medical_devices", eq: "class2" }, reason: "销售第二类医疗器械，实行经营备案" },
  { matterCode: "MEDICAL_DEVICE_III", condition: { q: "medical_devices", eq: "class3" }, reason: "销售第三类医疗器械，需要医疗器械经营许可" },
  { matterCode: "HAZCHEM_TRADING", condition: { q: "special_goods", includes: "hazchem" }, reason: "经营危险化学品，需要危险化学品经营许可" },
  { matterCode: "PESTICIDE_TRADING", condition: { q: "special_goods", includes: "pesticide" }, reason: "经营农药，需要农药经营许可" },
  { matterCode: "VET_DRUG_TRADING", condition: { q: "special_goods", includes: "vet_drugs" }, reason: "经营兽药，需要兽药经营许可" },
  { matterCode: "GAS_OPERATION", condition: { q: "special_goods", includes: "bottled_gas" }, reason: "向他人供应瓶装燃气，需要燃气经营许可" },
  { matterCode: "HOTEL_SPECIAL_TRADE", condition: { q: "activities", includes: "accommodation" }, reason: "经营旅馆业，需要特种行业许可证（旅馆业）" },
  { matterCode: "PUBLIC_PLACE_HYGIENE", condition: { q: "activities", anyOf: ["accommodation", "personal_care"] }, reason: "住宿、美容美发、洗浴等属于需卫生许可的公共场所" },
  { matterCode: "PUBLIC_PLACE_HYGIENE", condition: { q: "sport_high_risk", eq: true }, reason: "游泳场（馆）属于需卫生许可的公共场所" },
  { matterCode: "ENTERTAINMENT_VENUE", condition: { q: "activities", includes: "entertainment" }, reason: "开办歌舞、游艺娱乐场所，需要娱乐场所经营许可" },
  { matterCode: "INTERNET_CAFE", condition: { q: "activities", includes: "internet_cafe" }, reason: "开办网吧，需要互联网上网服务营业场所经营许可" },
  { matterCode: "HIGH_RISK_SPORTS", condition: { q: "sport_high_risk", eq: true }, reason: "开放高危险性体育项目，需要高危险性体育项目经营许可" },
  { matterCode: "FIRE_SAFETY_CHECK", condition: publicGathering, reason: "属于公众聚集场所（住宿、娱乐、网吧，或 300 平方米以上的商场、饭店、体育场馆 — 面积标准为演示），投入使用、营业前需消防安全检查" },
  { matterCode: "HR_SERVICE_LICENCE", condition: { q: "hr_kind", eq: "agency" }, reason: "从事职业中介活动，需要人力资源服务许可" },
  { matterCode: "HR_SERVICE_FILING", condition: { q: "hr_kind", eq: "other" }, reason: "从事职业中介以外的人力资源服务，实行备案" },
  { matterCode: "LABOUR_DISPATCH", condition: { q: "hr_kind", eq: "dispatch" }, reason: "经营劳务派遣业务，需要劳务派遣经营许可" },
  { matterCode: "ROAD_FREIGHT", condition: { q: "freight_heavy", eq: true }, reason: "使用总质量 4.5 吨以上货车从事道路货运，需要道路货物运输经营许可" },
  { matterCode: "FREIGHT_LIGHT_VEHICLE", condition: { q: "freight_heavy", eq: false }, reason: "仅使用 4.5 吨及以下普通货车，道路运输经营许可已取消，无需办理" },
  { matterCode: "CLINIC_FILING", condition: { q: "medical_kind", eq: "clinic" }, reason: "开办诊所，实行备案" },
  { matterCode: "MEDICAL_INSTITUTION", condition: { q: "medical_kind", eq: "institution" }, reason: "设置医院、门诊部等医疗机构，需要执业登记" },
  { matterCode: "ANIMAL_CLINIC", condition: { q: "medical_kind", eq: "animal" }, reason: "从事动物诊疗，需要动物诊疗许可" },
  { matterCode: "CHILDCARE_FILING", condition: { q: "care_kind", includes: "childcare" }, reason: "提供 3 岁以下婴幼儿托育服务，实行备案" },
  { matterCode: "ELDERLY_CARE_FILING", condition: { q: "care_kind", includes: "elderly" }, reason: "开办养老机构，实行备案（设立许可已取消）" },
  { matterCode: "OUTDOOR_SIGN_FILING", condition: { q: "outdoor_sign", eq: true }, reason: "在店铺外设置招牌，办理户外招牌设置备案" },
  { matterCode: "OUTDOOR_ADVERTISING", condition: { q: "outdoor_ad", eq: true }, reason: "设置户外广告设施，需要户外广告设施设置许可" },
];
