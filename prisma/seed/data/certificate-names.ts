// 证照名称: the title each seeded matter's document bears, as the issuing authorities print it (the
// 全国一体化政务服务平台 electronic-licence catalog names the document, not the procedure: the matter
// "特种行业许可证核发（旅馆业）" issues a "特种行业许可证（旅馆业）"). A matter missing here gets a title derived
// from its name (lib/licences/certificate-title.ts); the seed keeps the column in line with this table.
export const CERTIFICATE_NAMES: Readonly<Record<string, string>> = {
  BUSINESS_REGISTRATION: "营业执照",
  // 实行告知承诺
  FOOD_OPERATION: "食品经营许可证",
  FOOD_PRODUCTION: "食品生产许可证",
  LIQUOR_RETAIL: "酒类商品零售许可证",
  PUBLIC_PLACE_HYGIENE: "公共场所卫生许可证",
  FIRE_SAFETY_CHECK: "公众聚集场所投入使用、营业前消防安全检查合格证",
  HR_SERVICE_LICENCE: "人力资源服务许可证",
  LABOUR_DISPATCH: "劳务派遣经营许可证",
  ROAD_FREIGHT: "道路运输经营许可证",
  DRAINAGE_PERMIT: "城镇污水排入排水管网许可证",
  VET_DRUG_TRADING: "兽药经营许可证",
  PESTICIDE_TRADING: "农药经营许可证",
  TESTING_ACCREDITATION: "检验检测机构资质认定证书",
  CONSTRUCTION_WASTE_TRANSPORT: "城市建筑垃圾处置核准证（运输）",
  // 优化审批服务
  TOBACCO_RETAIL: "烟草专卖零售许可证",
  PUBLICATION_RETAIL: "出版物经营许可证",
  HOTEL_SPECIAL_TRADE: "特种行业许可证（旅馆业）",
  SEAL_ENGRAVING: "特种行业许可证（公章刻制业）",
  DRUG_RETAIL: "药品经营许可证（零售）",
  DRUG_WHOLESALE: "药品经营许可证（批发）",
  MEDICAL_DEVICE_III: "医疗器械经营许可证（第三类）",
  ENTERTAINMENT_VENUE: "娱乐经营许可证",
  INTERNET_CAFE: "网络文化经营许可证（互联网上网服务营业场所）",
  HIGH_RISK_SPORTS: "高危险性体育项目经营许可证",
  HAZCHEM_TRADING: "危险化学品经营许可证",
  GAS_OPERATION: "燃气经营许可证",
  POLLUTANT_DISCHARGE: "排污许可证",
  PRIVATE_SCHOOL: "民办学校办学许可证",
  MEDICAL_INSTITUTION: "医疗机构执业许可证",
  ANIMAL_CLINIC: "动物诊疗许可证",
  OUTDOOR_ADVERTISING: "户外广告设施设置许可决定书",
};
