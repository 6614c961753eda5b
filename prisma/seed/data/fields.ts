// 字段字典: the canonical fields every matter's own paper form maps to (珠海方案 二(一)2 "多表合一…剔除
// 重复项…自动提取有关信息填入申请表"; 晋中方案 四(三) "将相关要素在一张表上整合"). sortOrder is the array
// position (×10), so the merged form reads subject → premises → personnel → facilities → business.
//
// prefillSource names what the portal already knows. "enterprise.*" are columns of Enterprise (for a new
// enterprise: the registration part of the same application); "applicant.displayName" is the signed-in
// user. "enterprise.legalRepIdType" is derived, not a column: an 18-digit legalRepIdNumber is a 居民身份证.
// null = typed by the applicant. Registered capital and shareholder contributions are in 万元, as the
// registry's own form asks them (BUSINESS_REGISTRATION "注册资本（万元）"); Enterprise.registeredCapital keeps
// yuan and lib/forms/capital.ts converts. Other amounts (经营资金) are in yuan.
import type { FieldOption, FieldSeed } from "./types";

const opts = (...labels: Array<[string, string]>): FieldOption[] =>
  labels.map(([value, label]) => ({ value, label }));

export const JINSHAN_SUBDISTRICTS = opts(
  ["shihua", "石化街道"],
  ["zhujing", "朱泾镇"],
  ["fengjing", "枫泾镇"],
  ["zhangyan", "张堰镇"],
  ["tinglin", "亭林镇"],
  ["lvxiang", "吕巷镇"],
  ["langxia", "廊下镇"],
  ["jinshanwei", "金山卫镇"],
  ["caojing", "漕泾镇"],
  ["shanyang", "山阳镇"],
  ["industrial-zone", "金山工业区"],
);

export const fields: FieldSeed[] = [
  // ─── 主体 SUBJECT ───────────────────────────────────────────────────────
  { key: "subject.name", label: "企业名称", labelEn: "Enterprise name", topic: "SUBJECT", type: "TEXT", prefillSource: "enterprise.name" },
  { key: "subject.uscc", label: "统一社会信用代码", labelEn: "Unified social credit code", topic: "SUBJECT", type: "USCC", prefillSource: "enterprise.uscc" },
  {
    key: "subject.entityType", label: "企业类型", labelEn: "Entity type", topic: "SUBJECT", type: "SELECT",
    options: opts(
      ["llc-natural-controlled", "有限责任公司（自然人投资或控股）"],
      ["llc-natural-sole", "有限责任公司（自然人独资）"],
      ["llc-domestic-jv", "有限责任公司（国内合资）"],
      ["llc-legal-person-sole", "有限责任公司（非自然人投资或控股的法人独资）"],
      ["jsc-unlisted", "股份有限公司（非上市、自然人投资或控股）"],
      ["sole-proprietorship", "个人独资企业"],
      ["partnership", "普通合伙企业"],
    ),
    prefillSource: "enterprise.entityType",
  },
  { key: "subject.shareholders", label: "股东（投资人）名称、证件号码及认缴出资额（万元）", labelEn: "Shareholders: name, ID number, subscribed capital (10,000 CNY)", topic: "SUBJECT", type: "SHAREHOLDERS", prefillSource: null },
  { key: "subject.registeredCapital", label: "注册资本（万元）", labelEn: "Registered capital (10,000 CNY)", topic: "SUBJECT", type: "NUMBER", prefillSource: "enterprise.registeredCapital" },
  { key: "subject.address", label: "住所", labelEn: "Registered address", topic: "SUBJECT", type: "TEXT", prefillSource: "enterprise.address" },
  { key: "subject.businessScope", label: "经营范围", labelEn: "Business scope", topic: "SUBJECT", type: "TEXTAREA", prefillSource: "enterprise.businessScope" },
  {
    key: "subject.operatingTerm", label: "营业期限", labelEn: "Operating term", topic: "SUBJECT", type: "SELECT",
    options: opts(["long-term", "长期"], ["10y", "10年"], ["20y", "20年"], ["30y", "30年"]),
    prefillSource: null,
  },
  { key: "subject.legalRep.name", label: "法定代表人姓名", labelEn: "Legal representative", topic: "SUBJECT", type: "TEXT", prefillSource: "enterprise.legalRepName" },
  { key: "subject.legalRep.idNumber", label: "法定代表人证件号码", labelEn: "Legal representative ID number", topic: "SUBJECT", type: "ID_NUMBER", prefillSource: "enterprise.legalRepIdNumber" },
  {
    key: "subject.legalRep.idType", label: "法定代表人证件类型", labelEn: "Legal representative ID type", topic: "SUBJECT", type: "SELECT",
    options: opts(["resident-id", "中华人民共和国居民身份证"], ["hk-macao-permit", "港澳居民来往内地通行证"], ["taiwan-permit", "台湾居民来往大陆通行证"], ["passport", "护照"]),
    prefillSource: "enterprise.legalRepIdType",
  },
  { key: "subject.phone", label: "联系电话", labelEn: "Contact telephone", topic: "SUBJECT", type: "PHONE", prefillSource: "enterprise.phone" },
  { key: "subject.email", label: "电子邮箱", labelEn: "E-mail", topic: "SUBJECT", type: "TEXT", prefillSource: null },
  { key: "subject.contact.name", label: "经办人（联络员）姓名", labelEn: "Contact person", topic: "SUBJECT", type: "TEXT", prefillSource: "applicant.displayName" },
  { key: "subject.contact.phone", label: "经办人（联络员）电话", labelEn: "Contact person telephone", topic: "SUBJECT", type: "PHONE", prefillSource: null },
  // Computed from the shareholder list, never typed (lib/forms/derive.ts COMPUTED_KEYS).
  { key: "subject.shareholderCount", label: "股东（投资人）人数", labelEn: "Number of shareholders", topic: "SUBJECT", type: "NUMBER", prefillSource: null },
  { key: "subject.supervisor.name", label: "监事姓名", labelEn: "Supervisor", topic: "SUBJECT", type: "TEXT", prefillSource: null },
  { key: "subject.employeeCount", label: "从业人数", labelEn: "Number of employees", topic: "SUBJECT", type: "NUMBER", prefillSource: null },

  // ─── 经营场所 PREMISES ───────────────────────────────────────────────────
  { key: "premises.name", label: "经营场所名称（门店招牌名称）", labelEn: "Premises (shop) name", topic: "PREMISES", type: "TEXT", prefillSource: null },
  { key: "premises.address", label: "经营场所地址", labelEn: "Premises address", topic: "PREMISES", type: "TEXT", prefillSource: "enterprise.address" },
  { key: "premises.subdistrict", label: "所在街道（镇）", labelEn: "Subdistrict / town", topic: "PREMISES", type: "SELECT", options: JINSHAN_SUBDISTRICTS, prefillSource: null },
  { key: "premises.area", label: "经营场所面积（㎡）", labelEn: "Floor area (m²)", topic: "PREMISES", type: "NUMBER", prefillSource: null },
  {
    key: "premises.ownership", label: "场所权属", labelEn: "Tenure", topic: "PREMISES", type: "SELECT",
    options: opts(["owned", "自有"], ["leased", "租赁"], ["free-use", "无偿使用"]),
    prefillSource: null,
  },
  { key: "premises.leaseEnd", label: "租赁（使用）到期日", labelEn: "Lease end date", topic: "PREMISES", type: "DATE", prefillSource: null },
  { key: "premises.storageAddress", label: "仓库地址", labelEn: "Warehouse address", topic: "PREMISES", type: "TEXT", prefillSource: null },
  { key: "premises.storageArea", label: "仓库面积（㎡）", labelEn: "Warehouse area (m²)", topic: "PREMISES", type: "NUMBER", prefillSource: null },
  { key: "premises.openingDate", label: "拟开业日期", labelEn: "Planned opening date", topic: "PREMISES", type: "DATE", prefillSource: null },
  { key: "premises.seatCount", label: "就餐座位数", labelEn: "Dining seats", topic: "PREMISES", type: "NUMBER", prefillSource: null },
  { key: "premises.roomCount", label: "客房数（间）", labelEn: "Guest rooms", topic: "PREMISES", type: "NUMBER", prefillSource: null },
  { key: "premises.bedCount", label: "床位数（张）", labelEn: "Beds", topic: "PREMISES", type: "NUMBER", prefillSource: null },
  { key: "premises.maxOccupancy", label: "最大容纳人数", labelEn: "Maximum occupancy", topic: "PREMISES", type: "NUMBER", prefillSource: null },
  { key: "premises.schoolDistance", label: "与最近中小学校、幼儿园的距离（米）", labelEn: "Distance to nearest school (m)", topic: "PREMISES", type: "NUMBER", prefillSource: null },
  { key: "premises.fireAcceptanceNo", label: "建设工程消防验收（备案）文号", labelEn: "Fire-safety acceptance reference", topic: "PREMISES", type: "TEXT", prefillSource: null },

  // ─── 人员 PERSONNEL ──────────────────────────────────────────────────────
  { key: "personnel.foodSafetyManager.name", label: "食品安全管理人员姓名", labelEn: "Food-safety manager", topic: "PERSONNEL", type: "TEXT", prefillSource: null },
  { key: "personnel.foodSafetyManager.idNumber", label: "食品安全管理人员身份证号码", labelEn: "Food-safety manager ID number", topic: "PERSONNEL", type: "ID_NUMBER", prefillSource: null },
  { key: "personnel.healthCertCount", label: "持有效健康证明的从业人员数", labelEn: "Staff with health certificates", topic: "PERSONNEL", type: "NUMBER", prefillSource: null },
  { key: "personnel.hygieneManager.name", label: "卫生管理人员姓名", labelEn: "Hygiene manager", topic: "PERSONNEL", type: "TEXT", prefillSource: null },
  { key: "personnel.qualityManager.name", label: "质量负责人姓名", labelEn: "Quality manager", topic: "PERSONNEL", type: "TEXT", prefillSource: null },
  { key: "personnel.pharmacist.name", label: "执业药师姓名", labelEn: "Licensed pharmacist", topic: "PERSONNEL", type: "TEXT", prefillSource: null },
  { key: "personnel.safetyManager.name", label: "安全管理（治安保卫）负责人姓名", labelEn: "Safety / security manager", topic: "PERSONNEL", type: "TEXT", prefillSource: null },
  { key: "personnel.fireSafetyManager.name", label: "消防安全管理人姓名", labelEn: "Fire-safety manager", topic: "PERSONNEL", type: "TEXT", prefillSource: null },
  { key: "personnel.professionalStaffCount", label: "专职（专业技术）人员数", labelEn: "Professional staff", topic: "PERSONNEL", type: "NUMBER", prefillSource: null },
  { key: "personnel.lifeguardCount", label: "救生员（救助人员）人数", labelEn: "Lifeguards", topic: "PERSONNEL", type: "NUMBER", prefillSource: null },
  { key: "personnel.sportsInstructorCount", label: "社会体育指导人员人数", labelEn: "Sports instructors", topic: "PERSONNEL", type: "NUMBER", prefillSource: null },
  { key: "personnel.driverCount", label: "驾驶人员数", labelEn: "Drivers", topic: "PERSONNEL", type: "NUMBER", prefillSource: null },

  // ─── 设备设施 FACILITIES ─────────────────────────────────────────────────
  { key: "facilities.refrigeration", label: "是否配备冷藏冷冻设施", labelEn: "Refrigeration / freezing equipment", topic: "FACILITIES", type: "BOOLEAN", prefillSource: null },
  { key: "facilities.equipmentList", label: "主要设备设施清单", labelEn: "Main equipment", topic: "FACILITIES", type: "TEXTAREA", prefillSource: null },
  { key: "facilities.disinfection", label: "是否配备餐用具清洗消毒保洁设施", labelEn: "Tableware cleaning & disinfection", topic: "FACILITIES", type: "BOOLEAN", prefillSource: null },
  { key: "facilities.fumeExtraction", label: "是否安装油烟净化设施", labelEn: "Cooking-fume purifier", topic: "FACILITIES", type: "BOOLEAN", prefillSource: null },
  {
    key: "facilities.fuelType", label: "使用燃料类型", labelEn: "Cooking fuel", topic: "FACILITIES", type: "SELECT",
    options: opts(["pipeline-gas", "管道天然气"], ["bottled-lpg", "瓶装液化石油气"], ["electric", "电"], ["none", "不使用明火"]),
    prefillSource: null,
  },
  { key: "facilities.gasAlarm", label: "是否安装可燃气体泄漏报警装置", labelEn: "Gas-leak alarm", topic: "FACILITIES", type: "BOOLEAN", prefillSource: null },
  { key: "facilities.centralAirConditioning", label: "是否使用集中空调通风系统", labelEn: "Central air-conditioning", topic: "FACILITIES", type: "BOOLEAN", prefillSource: null },
  { key: "facilities.cctv", label: "是否安装视频监控系统", labelEn: "CCTV", topic: "FACILITIES", type: "BOOLEAN", prefillSource: null },
  { key: "facilities.fireEquipment", label: "消防设施、器材配置情况", labelEn: "Fire-fighting equipment", topic: "FACILITIES", type: "TEXTAREA", prefillSource: null },
  { key: "facilities.computerCount", label: "计算机台数", labelEn: "Computers", topic: "FACILITIES", type: "NUMBER", prefillSource: null },
  { key: "facilities.vehicleCount", label: "车辆数（辆）", labelEn: "Vehicles", topic: "FACILITIES", type: "NUMBER", prefillSource: null },
  { key: "facilities.vehiclePlates", label: "车辆号牌", labelEn: "Vehicle plate numbers", topic: "FACILITIES", type: "TEXTAREA", prefillSource: null },
  { key: "facilities.pretreatment", label: "污水预处理设施（隔油池等）", labelEn: "Wastewater pre-treatment", topic: "FACILITIES", type: "TEXT", prefillSource: null },
  { key: "facilities.dischargeVolume", label: "日排水量（立方米）", labelEn: "Daily discharge (m³)", topic: "FACILITIES", type: "NUMBER", prefillSource: null },
  { key: "facilities.poolWaterArea", label: "游泳池水面面积（㎡）", labelEn: "Pool water area (m²)", topic: "FACILITIES", type: "NUMBER", prefillSource: null },

  // ─── 经营项目 BUSINESS ───────────────────────────────────────────────────
  {
    key: "business.operatorType", label: "主体业态", labelEn: "Operator type", topic: "BUSINESS", type: "SELECT",
    options: opts(
      ["food-retail", "食品销售经营者"],
      ["catering", "餐饮服务经营者"],
      ["canteen", "单位食堂"],
    ),
    prefillSource: null,
  },
  {
    key: "business.foodCategories", label: "食品经营项目", labelEn: "Food business items", topic: "BUSINESS", type: "MULTISELECT",
    options: opts(
      ["prepackaged", "预包装食品销售（含冷藏冷冻食品）"],
      ["bulk", "散装食品销售（含冷藏冷冻食品）"],
      ["health-food", "保健食品销售"],
      ["hot-meals", "热食类食品制售"],
      ["cold-meals", "冷食类食品制售"],
      ["raw-food", "生食类食品制售"],
      ["pastry", "糕点类食品制售"],
      ["drinks", "自制饮品制售"],
    ),
    prefillSource: null,
  },
  {
    key: "business.liquorCategories", label: "酒类经营品种", labelEn: "Liquor categories", topic: "BUSINESS", type: "MULTISELECT",
    options: opts(["prepackaged-liquor", "预包装酒"], ["bulk-liquor", "散装酒"]),
    prefillSource: null,
  },
  {
    key: "business.retailFormat", label: "零售业态", labelEn: "Retail format", topic: "BUSINESS", type: "SELECT",
    options: opts(["convenience", "便利店"], ["supermarket", "超市"], ["grocery", "食杂店"], ["specialty", "专卖店"], ["restaurant", "餐饮店"], ["hotel", "宾馆酒店"], ["other", "其他"]),
    prefillSource: null,
  },
  { key: "business.operatingFunds", label: "经营资金（元）", labelEn: "Operating funds (CNY)", topic: "BUSINESS", type: "NUMBER", prefillSource: null },
  { key: "business.onlineSales", label: "是否通过网络经营", labelEn: "Sells online", topic: "BUSINESS", type: "BOOLEAN", prefillSource: null },
  {
    key: "business.publicationTypes", label: "出版物经营品种", labelEn: "Publication types", topic: "BUSINESS", type: "MULTISELECT",
    options: opts(["books", "图书"], ["newspapers", "报纸"], ["periodicals", "期刊"], ["electronic", "电子出版物"], ["audio-video", "音像制品"]),
    prefillSource: null,
  },
  {
    key: "business.publicPlaceType", label: "公共场所类别", labelEn: "Public-place category", topic: "BUSINESS", type: "SELECT",
    options: opts(
      ["lodging", "住宿场所（宾馆、旅店、招待所）"],
      ["bathing", "沐浴场所"],
      ["beauty", "美容美发场所"],
      ["swimming", "游泳场所"],
      ["entertainment", "文化娱乐场所（歌舞厅、游艺厅）"],
      ["shopping", "商场（店）"],
    ),
    prefillSource: null,
  },
  {
    key: "business.venueType", label: "场所类型", labelEn: "Venue type", topic: "BUSINESS", type: "SELECT",
    options: opts(
      ["hotel", "宾馆、饭店"],
      ["restaurant", "餐饮场所"],
      ["mall", "商场、集贸市场"],
      ["entertainment", "公共娱乐场所"],
      ["sports", "体育场馆"],
      ["other", "其他公众聚集场所"],
    ),
    prefillSource: null,
  },
  {
    key: "business.entertainmentType", label: "娱乐场所类型", labelEn: "Entertainment venue type", topic: "BUSINESS", type: "SELECT",
    options: opts(["song-dance", "歌舞娱乐场所"], ["amusement", "游艺娱乐场所"]),
    prefillSource: null,
  },
  {
    key: "business.sportsItems", label: "高危险性体育项目", labelEn: "High-risk sports", topic: "BUSINESS", type: "MULTISELECT",
    options: opts(["swimming", "游泳"], ["alpine-skiing", "高山滑雪"], ["freestyle-skiing", "自由式滑雪"], ["snowboarding", "单板滑雪"], ["diving", "潜水"], ["climbing", "攀岩"]),
    prefillSource: null,
  },
  {
    key: "business.drugScope", label: "药品经营范围", labelEn: "Drug business scope", topic: "BUSINESS", type: "MULTISELECT",
    options: opts(["rx", "处方药"], ["otc-a", "甲类非处方药"], ["otc-b", "乙类非处方药"], ["tcm-pieces", "中药饮片"], ["biologics", "生物制品"]),
    prefillSource: null,
  },
  { key: "business.deviceScope", label: "医疗器械经营范围（分类编码）", labelEn: "Medical-device scope (classification codes)", topic: "BUSINESS", type: "TEXTAREA", prefillSource: null },
  {
    key: "business.operationMode", label: "经营方式", labelEn: "Mode of operation", topic: "BUSINESS", type: "SELECT",
    options: opts(["wholesale", "批发"], ["retail", "零售"], ["both", "批零兼营"]),
    prefillSource: null,
  },
  {
    key: "business.freightScope", label: "道路货物运输经营范围", labelEn: "Road freight scope", topic: "BUSINESS", type: "MULTISELECT",
    options: opts(["general", "道路普通货物运输"], ["special", "货物专用运输"], ["oversize", "大型物件运输"]),
    prefillSource: null,
  },
  {
    key: "business.hrServiceItems", label: "人力资源服务项目", labelEn: "HR service items", topic: "BUSINESS", type: "MULTISELECT",
    options: opts(
      ["job-agency", "职业中介活动"],
      ["info", "人力资源供求信息的收集和发布"],
      ["guidance", "就业和创业指导"],
      ["consulting", "人力资源管理咨询"],
      ["assessment", "人力资源测评"],
      ["training", "人力资源培训"],
      ["outsourcing", "承接人力资源服务外包"],
    ),
    prefillSource: null,
  },
  {
    key: "business.repairCategory", label: "机动车维修经营类别", labelEn: "Vehicle repair category", topic: "BUSINESS", type: "SELECT",
    options: opts(["class-1", "一类机动车维修"], ["class-2", "二类机动车维修"], ["class-3", "三类机动车维修（专项维修）"], ["motorcycle", "摩托车维修"]),
    prefillSource: null,
  },
  { key: "business.hazardousItems", label: "经营的危险化学品（农药、兽药）品种", labelEn: "Hazardous goods / agro-chemicals handled", topic: "BUSINESS", type: "TEXTAREA", prefillSource: null },
  { key: "business.serviceCapacity", label: "服务规模（床位、托位、诊位数）", labelEn: "Service capacity (beds / places)", topic: "BUSINESS", type: "NUMBER", prefillSource: null },
  { key: "business.serviceItems", label: "服务项目（诊疗科目、检测能力、收购品种等）", labelEn: "Service items", topic: "BUSINESS", type: "TEXTAREA", prefillSource: null },
  { key: "business.pollutants", label: "主要污染物种类及排放去向", labelEn: "Main pollutants and discharge destination", topic: "BUSINESS", type: "TEXTAREA", prefillSource: null },
  {
    key: "business.gasType", label: "燃气种类", labelEn: "Gas type", topic: "BUSINESS", type: "SELECT",
    options: opts(["lpg", "液化石油气"], ["natural-gas", "天然气"], ["other", "其他"]),
    prefillSource: null,
  },
  {
    key: "business.schoolLevel", label: "办学层次和类型", labelEn: "School level and type", topic: "BUSINESS", type: "SELECT",
    options: opts(["preschool", "学前教育"], ["compulsory", "义务教育（不得设立营利性学校）"], ["high-school", "普通高中教育"], ["non-academic", "文化教育类非学历教育"]),
    prefillSource: null,
  },
  { key: "sign.content", label: "招牌文字内容", labelEn: "Sign text", topic: "BUSINESS", type: "TEXT", prefillSource: null },
  { key: "sign.size", label: "招牌尺寸（长×高，米）", labelEn: "Sign size (length × height, m)", topic: "BUSINESS", type: "TEXT", prefillSource: null },
  {
    key: "sign.material", label: "招牌材质", labelEn: "Sign material", topic: "BUSINESS", type: "SELECT",
    options: opts(["metal", "金属"], ["acrylic", "亚克力"], ["hollow-letters", "镂空字"], ["lightbox", "灯箱"], ["other", "其他"]),
    prefillSource: null,
  },
  {
    key: "sign.position", label: "招牌设置位置", labelEn: "Sign position", topic: "BUSINESS", type: "SELECT",
    options: opts(["lintel", "门楣"], ["facade", "外墙立面"], ["roof", "建筑物屋顶"], ["canopy", "雨篷"], ["other", "其他"]),
    prefillSource: null,
  },
];
