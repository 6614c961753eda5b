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
  /** Stable key (GuidanceRule.seedKey): a re-seed adds the rules a database lacks, never re-adds or undoes an edited one. */
  key: string;
  matterCode: string;
  condition: Condition;
  reason: string;
}

const retail: Condition = { q: "activities", includes: "retail" };
const catering: Condition = { q: "activities", includes: "catering" };
/**
 * Venues that may sell food besides their main trade (a gym's drinks, an internet café's snacks, a hotel's
 * minibar): they are asked about food too, so the food filing or licence is not missed. Catering always
 * needs the food licence and is not asked (issue 15 part 5).
 */
const mayServeFood: Condition = { q: "activities", anyOf: ["retail", "accommodation", "entertainment", "internet_cafe", "sport", "personal_care"] };

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
      { code: "sport", label: "体育健身场馆或培训（健身房、游泳馆等）" },
      { code: "personal_care", label: "美容美发、洗浴等生活服务" },
      { code: "hr", label: "人力资源服务（招聘、职业中介、劳务派遣）" },
      { code: "freight", label: "道路货物运输" },
      { code: "medical", label: "医疗、动物诊疗服务" },
      { code: "care", label: "托育或养老服务" },
      { code: "vehicle_repair", label: "机动车维修" },
      { code: "seal_engraving", label: "公章刻制" },
    ],
  },
  {
    code: "sells_food",
    text: "是否销售食品（含饮料、零食）？",
    helpText: "健身房、网吧、宾馆等在店内售卖饮料、零食，也属于销售食品。",
    type: "BOOLEAN",
    showIf: mayServeFood,
  },
  {
    code: "food_kind",
    text: "销售哪类食品？",
    helpText: "预包装食品指预先定量包装、标签齐全的食品（含冷藏冷冻）；散装食品指称重销售、无包装的食品。",
    type: "SINGLE",
    showIf: { all: [mayServeFood, { q: "sells_food", eq: true }] },
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
    showIf: { all: [mayServeFood, { q: "sells_food", eq: true }] },
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
      { code: "art", label: "艺术品（书画、工艺美术品、收藏品）" },
    ],
  },
  {
    code: "sport_high_risk",
    text: "是否开放游泳、滑雪、潜水、攀岩等高危险性体育项目？",
    helpText: "普通健身房、球馆、瑜伽馆不属于高危险性体育项目。",
    type: "BOOLEAN",
    showIf: { q: "activities", includes: "sport" },
  },
  // Not every high-risk sport is a swimming pool: only a pool is a public place needing the hygiene permit
  // (《公共场所卫生管理条例》第二条 游泳场（馆）), while all four need the high-risk sports permit
  // (《全民健身条例》第三十二条; 第一批高危险性体育项目目录).
  {
    code: "sport_items",
    text: "开放哪些高危险性体育项目？（可多选）",
    type: "MULTIPLE",
    showIf: { q: "sport_high_risk", eq: true },
    options: [
      { code: "swimming", label: "游泳" },
      { code: "skiing", label: "滑雪" },
      { code: "diving", label: "潜水" },
      { code: "climbing", label: "攀岩" },
    ],
  },
  {
    code: "sewer_discharge",
    text: "后厨等经营污水是否排入市政污水管网？",
    helpText: "餐饮单位的油污水排入城镇排水管网前须设隔油设施，并取得排水许可。",
    type: "BOOLEAN",
    showIf: catering,
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
    {
      all: [
        { q: "activities", anyOf: ["retail", "catering", "sport"] },
        { q: "area", gte: 300 },
      ],
    },
  ],
};

export const guidanceRules: GuidanceRuleSeed[] = [
  {
    key: "business_registration",
    matterCode: "BUSINESS_REGISTRATION",
    condition: { q: "has_licence", eq: false },
    reason: "尚未领取营业执照：营业执照与许可证可以一次申请、一并发放",
  },
  {
    key: "prepackaged_food_filing",
    matterCode: "PREPACKAGED_FOOD_FILING",
    condition: { q: "food_kind", eq: "prepackaged" },
    reason: "仅销售预包装食品，实行备案，无需申请食品经营许可",
  },
  { key: "food_operation", matterCode: "FOOD_OPERATION", condition: { q: "food_kind", eq: "bulk" }, reason: "销售散装食品或现场制售食品，需要食品经营许可" },
  { key: "food_operation_catering", matterCode: "FOOD_OPERATION", condition: catering, reason: "从事餐饮服务，需要食品经营许可（餐饮服务）" },
  {
    key: "hygiene_catering_cancelled",
    matterCode: "HYGIENE_CATERING_CANCELLED",
    condition: catering,
    reason: "饭馆、咖啡馆、酒吧、茶座的公共场所卫生许可已取消，无需办理",
  },
  { key: "liquor_retail", matterCode: "LIQUOR_RETAIL", condition: { q: "sells_liquor", eq: true }, reason: "销售酒类商品，需要酒类商品零售许可" },
  { key: "tobacco_retail", matterCode: "TOBACCO_RETAIL", condition: { q: "sells_tobacco", eq: true }, reason: "零售烟草制品，需要烟草专卖零售许可证" },
  {
    key: "publication_retail",
    matterCode: "PUBLICATION_RETAIL",
    condition: { q: "sells_publications", eq: true },
    reason: "销售图书、报纸、期刊等出版物，需要出版物零售业务经营许可",
  },
  { key: "drug_retail", matterCode: "DRUG_RETAIL", condition: { q: "sells_drugs", eq: true }, reason: "销售药品，需要药品经营许可（零售）" },
  {
    key: "medical_device_ii_filing",
    matterCode: "MEDICAL_DEVICE_II_FILING",
    condition: { q: "medical_devices", eq: "class2" },
    reason: "销售第二类医疗器械，实行经营备案",
  },
  {
    key: "medical_device_iii",
    matterCode: "MEDICAL_DEVICE_III",
    condition: { q: "medical_devices", eq: "class3" },
    reason: "销售第三类医疗器械，需要医疗器械经营许可",
  },
  {
    key: "hazchem_trading",
    matterCode: "HAZCHEM_TRADING",
    condition: { q: "special_goods", includes: "hazchem" },
    reason: "经营危险化学品，需要危险化学品经营许可",
  },
  { key: "pesticide_trading", matterCode: "PESTICIDE_TRADING", condition: { q: "special_goods", includes: "pesticide" }, reason: "经营农药，需要农药经营许可" },
  { key: "vet_drug_trading", matterCode: "VET_DRUG_TRADING", condition: { q: "special_goods", includes: "vet_drugs" }, reason: "经营兽药，需要兽药经营许可" },
  {
    key: "gas_operation",
    matterCode: "GAS_OPERATION",
    condition: { q: "special_goods", includes: "bottled_gas" },
    reason: "向他人供应瓶装燃气，需要燃气经营许可",
  },
  {
    key: "hotel_special_trade",
    matterCode: "HOTEL_SPECIAL_TRADE",
    condition: { q: "activities", includes: "accommodation" },
    reason: "经营旅馆业，需要特种行业许可证（旅馆业）",
  },
  {
    key: "public_place_hygiene",
    matterCode: "PUBLIC_PLACE_HYGIENE",
    condition: { q: "activities", anyOf: ["accommodation", "personal_care"] },
    reason: "住宿、美容美发、洗浴等属于需卫生许可的公共场所",
  },
  {
    key: "public_place_hygiene_swimming",
    matterCode: "PUBLIC_PLACE_HYGIENE",
    condition: { q: "sport_items", includes: "swimming" },
    reason: "开放游泳项目：游泳场（馆）属于需卫生许可的公共场所",
  },
  {
    key: "entertainment_venue",
    matterCode: "ENTERTAINMENT_VENUE",
    condition: { q: "activities", includes: "entertainment" },
    reason: "开办歌舞、游艺娱乐场所，需要娱乐场所经营许可",
  },
  {
    key: "internet_cafe",
    matterCode: "INTERNET_CAFE",
    condition: { q: "activities", includes: "internet_cafe" },
    reason: "开办网吧，需要互联网上网服务营业场所经营许可",
  },
  {
    key: "high_risk_sports",
    matterCode: "HIGH_RISK_SPORTS",
    condition: { q: "sport_high_risk", eq: true },
    reason: "开放高危险性体育项目，需要高危险性体育项目经营许可",
  },
  {
    key: "fire_safety_check",
    matterCode: "FIRE_SAFETY_CHECK",
    condition: publicGathering,
    reason: "属于公众聚集场所（住宿、娱乐、网吧，或 300 平方米以上的商场、饭店、体育场馆 — 面积标准为演示），投入使用、营业前需消防安全检查",
  },
  { key: "hr_service_licence", matterCode: "HR_SERVICE_LICENCE", condition: { q: "hr_kind", eq: "agency" }, reason: "从事职业中介活动，需要人力资源服务许可" },
  { key: "hr_service_filing", matterCode: "HR_SERVICE_FILING", condition: { q: "hr_kind", eq: "other" }, reason: "从事职业中介以外的人力资源服务，实行备案" },
  { key: "labour_dispatch", matterCode: "LABOUR_DISPATCH", condition: { q: "hr_kind", eq: "dispatch" }, reason: "经营劳务派遣业务，需要劳务派遣经营许可" },
  {
    key: "road_freight",
    matterCode: "ROAD_FREIGHT",
    condition: { q: "freight_heavy", eq: true },
    reason: "使用总质量 4.5 吨以上货车从事道路货运，需要道路货物运输经营许可",
  },
  {
    key: "freight_light_vehicle",
    matterCode: "FREIGHT_LIGHT_VEHICLE",
    condition: { q: "freight_heavy", eq: false },
    reason: "仅使用 4.5 吨及以下普通货车，道路运输经营许可已取消，无需办理",
  },
  { key: "clinic_filing", matterCode: "CLINIC_FILING", condition: { q: "medical_kind", eq: "clinic" }, reason: "开办诊所，实行备案" },
  {
    key: "medical_institution",
    matterCode: "MEDICAL_INSTITUTION",
    condition: { q: "medical_kind", eq: "institution" },
    reason: "设置医院、门诊部等医疗机构，需要执业登记",
  },
  { key: "animal_clinic", matterCode: "ANIMAL_CLINIC", condition: { q: "medical_kind", eq: "animal" }, reason: "从事动物诊疗，需要动物诊疗许可" },
  {
    key: "childcare_filing",
    matterCode: "CHILDCARE_FILING",
    condition: { q: "care_kind", includes: "childcare" },
    reason: "提供 3 岁以下婴幼儿托育服务，实行备案",
  },
  {
    key: "elderly_care_filing",
    matterCode: "ELDERLY_CARE_FILING",
    condition: { q: "care_kind", includes: "elderly" },
    reason: "开办养老机构，实行备案（设立许可已取消）",
  },
  {
    key: "outdoor_sign_filing",
    matterCode: "OUTDOOR_SIGN_FILING",
    condition: { q: "outdoor_sign", eq: true },
    reason: "在店铺外设置招牌，办理户外招牌设置备案",
  },
  {
    key: "outdoor_advertising",
    matterCode: "OUTDOOR_ADVERTISING",
    condition: { q: "outdoor_ad", eq: true },
    reason: "设置户外广告设施，需要户外广告设施设置许可",
  },
  {
    key: "drainage_permit",
    matterCode: "DRAINAGE_PERMIT",
    condition: { q: "sewer_discharge", eq: true },
    reason: "餐饮污水排入城镇排水管网，需要城镇污水排入排水管网许可（《城镇排水与污水处理条例》第二十一条）",
  },
  {
    key: "art_dealer_filing",
    matterCode: "ART_DEALER_FILING",
    condition: { q: "special_goods", includes: "art" },
    reason: "经营艺术品，实行艺术品经营单位备案",
  },
  {
    key: "vehicle_repair_filing",
    matterCode: "VEHICLE_REPAIR_FILING",
    condition: { q: "activities", includes: "vehicle_repair" },
    reason: "从事机动车维修经营，实行备案",
  },
  {
    key: "seal_engraving",
    matterCode: "SEAL_ENGRAVING",
    condition: { q: "activities", includes: "seal_engraving" },
    reason: "从事公章刻制，需要特种行业许可证（公章刻制业）",
  },
  {
    key: "elderly_care_licence_cancelled",
    matterCode: "ELDERLY_CARE_LICENCE",
    condition: { q: "care_kind", includes: "elderly" },
    reason: "养老机构设立许可已取消，登记后向民政部门备案即可",
  },
];

/**
 * Seed rules an earlier version of this file wrote and the data no longer holds. A re-seed deactivates such a
 * row only while it is exactly as seeded (same matter, condition and reason): an administrator's edit stays.
 */
export const retiredGuidanceRules: Omit<GuidanceRuleSeed, "key">[] = [
  // Replaced by public_place_hygiene_swimming: a ski slope or climbing wall is no public place of hygiene.
  { matterCode: "PUBLIC_PLACE_HYGIENE", condition: { q: "sport_high_risk", eq: true }, reason: "游泳场（馆）属于需卫生许可的公共场所" },
];

/**
 * Industries the finder covers, by the activity that asks about them (the "activities" options), plus those
 * every business is asked about. Every live matter of these industries must be reachable from some answers
 * or be referred to its department below (prisma/seed/guidance.test.ts enumerates the catalog).
 */
export const finderIndustries: Record<string, string[]> = {
  retail: ["零售", "医药", "危险化学品", "燃气", "农业", "文化娱乐"],
  catering: ["餐饮"],
  accommodation: ["住宿"],
  entertainment: ["文化娱乐"],
  internet_cafe: ["文化娱乐"],
  sport: ["体育"],
  personal_care: ["住宿"],
  hr: ["人力资源"],
  freight: ["交通运输"],
  medical: ["医疗", "农业"],
  care: ["托育", "养老"],
  vehicle_repair: ["交通运输"],
  seal_engraving: ["其他"],
  /** Asked of every business (signs, fire safety, the business licence). */
  "*": ["其他", "广告"],
};

export interface GuidanceReferralSeed {
  matterCode: string;
  /** The activities option under which the notice lists it. */
  activity: string;
  reason: string;
}

/** 请咨询部门: matters of a covered industry whose need the questions do not decide, and why. */
export const guidanceReferrals: GuidanceReferralSeed[] = [
  {
    matterCode: "DRUG_WHOLESALE",
    activity: "retail",
    reason: "导办只判断药品零售；向医疗机构或其他药品经营企业批发药品的，须按药品批发许可的条件另行咨询药品监管部门",
  },
  {
    matterCode: "GRAIN_PURCHASE_FILING",
    activity: "retail",
    reason: "向农民或其他粮食生产者直接收购粮食不属于零售，导办不作判断；从事粮食收购的，请咨询粮食和物资储备部门",
  },
];
