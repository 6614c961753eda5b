// 证照与主体、场所的关系 of the seeded matters: what a change of the registered address (住所变更) does to a
// licence of the matter (lib/registration/rules.ts changeEffect). Issue 15 part 3.
//
// The reform documents say where the rule comes from, not a table per matter:
// - 珠海方案 (001) 二(二)9: 许可经营条件 are set "以场所、设备、资金、人员管理制度等为维度" — a permit whose
//   conditions are those of a place (消防、卫生、治安、食品安全) was granted for THAT place, not for the company.
// - 上海应急局方案 (002) 二1(2) distinguishes matters that "不需要采取现场核查" from those that do, and 二1(3) allows
//   "零材料" only for 非关键信息变更: a move of licensed premises is not a non-key change, so it is never
//   carried over silently (NEW_APPLICATION or ONSITE_CHECK below).
// - 晋中方案 (004) 二(二): a filing (备案) must not require 实地勘查 — a premises-bound filing is simply made again
//   for the new premises (NEW_APPLICATION, which for a filing is done on the spot).
// - 珠海方案 (001) 二(一)1 (证照变更联动办理) and 晋中方案 (004) 四(二) (审管联动): the holder and the issuing
//   department are told at once.
// The classification per matter is the portal's own reading of the matters' usual rules (e.g. a food business
// or hotel that moves applies anew for the new premises; a pharmacy's or clinic's change of address is a
// licence change with an on-site check); the reason is shown in the service guide. SUSPEND is kept for the
// two matters whose safety conditions are tied to the site itself (hazardous chemicals, gas), where carrying
// on under a licence whose site the department has not seen since the move is not acceptable.
import type { LicenceBinding, PremisesReview } from "../../../lib/generated/prisma/client";

export interface PremisesBindingSeed {
  binding: LicenceBinding;
  /** PREMISES only: what the holder needs for the new address (a new application/filing, or an on-site check). */
  review?: PremisesReview;
  /** PREMISES only: the licence is suspended when its premises were the old registered address (default: stays valid for its old premises). */
  suspend?: boolean;
  /** Why, in the words the service guide shows. */
  reason: string;
}

const subject = (reason: string): PremisesBindingSeed => ({ binding: "SUBJECT", reason });
const premises = (review: PremisesReview, reason: string, suspend = false): PremisesBindingSeed => ({ binding: "PREMISES", review, suspend, reason });

export const PREMISES_BINDING: Readonly<Record<string, PremisesBindingSeed>> = {
  // 营业执照 and permits of the company as such: they follow the registered facts.
  BUSINESS_REGISTRATION: subject("营业执照记载企业的登记事项，住所变更登记后换发新版营业执照。"),
  AD_PUBLISH_REGISTRATION: subject("广告发布登记针对经营主体，已取消审批，不涉及具体场所。"),
  COST_CONSULTANCY_QUALIFICATION: subject("资质认定针对企业的人员和业绩，与经营场所无关。"),
  OIL_WHOLESALE_STORAGE_QUALIFICATION: subject("已取消审批，按经营主体纳入监管。"),
  FREIGHT_LIGHT_VEHICLE: subject("道路货运许可针对经营主体及其车辆，与经营场所无关。"),
  PROPERTY_SERVICE_QUALIFICATION: subject("资质核定针对企业的人员和管理能力，与经营场所无关。"),
  FOREIGN_TRADE_OPERATOR_FILING: subject("对外贸易经营者备案针对经营主体，随登记信息变更。"),
  GRAIN_PURCHASE_FILING: subject("粮食收购备案针对收购主体，随登记信息变更。"),
  HR_SERVICE_FILING: subject("人力资源服务备案针对服务机构主体，随登记信息变更。"),
  HR_SERVICE_LICENCE: subject("人力资源服务许可针对机构的人员和制度，随登记信息变更。"),
  LABOUR_DISPATCH: subject("劳务派遣许可针对经营主体的资本和制度，随登记信息变更。"),
  ROAD_FREIGHT: subject("道路货运许可针对经营主体及其车辆，与经营场所无关。"),
  CONSTRUCTION_WASTE_TRANSPORT: subject("运输核准针对运输企业及其车辆，与经营场所无关。"),

  // Premises-bound: a new application (or filing) for the new premises; the old one stays valid for its own.
  HYGIENE_CATERING_CANCELLED: premises("NEW_APPLICATION", "卫生条件针对具体经营场所（已取消审批）。"),
  ELDERLY_CARE_LICENCE: premises("NEW_APPLICATION", "养老机构的设施条件针对具体服务场所（已取消审批）。"),
  PREPACKAGED_FOOD_FILING: premises("NEW_APPLICATION", "备案针对具体经营场所，新场所应重新备案（当场办结，不作实地勘查）。"),
  MEDICAL_DEVICE_II_FILING: premises("NEW_APPLICATION", "备案载明经营场所和库房地址，新场所应重新备案。"),
  OUTDOOR_SIGN_FILING: premises("NEW_APPLICATION", "招牌设置在具体建筑物上，新场所的招牌应另行备案。"),
  VEHICLE_REPAIR_FILING: premises("NEW_APPLICATION", "维修经营备案载明维修场地，新场地应重新备案。"),
  CHILDCARE_FILING: premises("NEW_APPLICATION", "托育机构备案针对具体服务场所，新场所应重新备案。"),
  ELDERLY_CARE_FILING: premises("NEW_APPLICATION", "养老机构备案针对具体服务场所，新场所应重新备案。"),
  ART_DEALER_FILING: premises("NEW_APPLICATION", "艺术品经营单位备案载明经营场所，新场所应重新备案。"),
  CLINIC_FILING: premises("NEW_APPLICATION", "诊所备案针对具体执业场所，新场所应重新备案。"),
  FOOD_OPERATION: premises("NEW_APPLICATION", "食品经营许可按经营场所核发，经营场所发生变化应重新申请。"),
  FOOD_PRODUCTION: premises("NEW_APPLICATION", "食品生产许可针对生产场所和设备，生产场所迁址应重新申请。"),
  LIQUOR_RETAIL: premises("NEW_APPLICATION", "酒类零售许可按经营场所核发，新场所应重新申请。"),
  PUBLIC_PLACE_HYGIENE: premises("NEW_APPLICATION", "公共场所卫生许可针对具体场所的卫生条件，新场所应重新申请。"),
  FIRE_SAFETY_CHECK: premises("NEW_APPLICATION", "消防安全检查针对具体场所，新场所投入使用、营业前应重新申请检查。"),
  DRAINAGE_PERMIT: premises("NEW_APPLICATION", "排水许可针对具体排水户和接管点，新场所应重新申请。"),
  TOBACCO_RETAIL: premises("NEW_APPLICATION", "烟草专卖零售许可按经营场所核发，新场所应重新申请。"),
  PUBLICATION_RETAIL: premises("NEW_APPLICATION", "出版物零售许可载明经营场所，新场所应重新申请。"),
  HOTEL_SPECIAL_TRADE: premises("NEW_APPLICATION", "旅馆业特种行业许可针对具体营业场所的治安条件，新场所应重新申请。"),
  SEAL_ENGRAVING: premises("NEW_APPLICATION", "公章刻制业特种行业许可针对具体营业场所的治安条件，新场所应重新申请。"),
  ENTERTAINMENT_VENUE: premises("NEW_APPLICATION", "娱乐场所经营许可针对具体场所，新场所应重新申请。"),
  INTERNET_CAFE: premises("NEW_APPLICATION", "上网服务营业场所许可针对具体场所，新场所应重新申请。"),
  HIGH_RISK_SPORTS: premises("NEW_APPLICATION", "高危险性体育项目许可针对具体场地和设施，新场地应重新申请。"),
  POLLUTANT_DISCHARGE: premises("NEW_APPLICATION", "排污许可针对具体排污单位和排放口，新场所应重新申请。"),
  ANIMAL_CLINIC: premises("NEW_APPLICATION", "动物诊疗许可针对具体诊疗场所，新场所应重新申请。"),
  OUTDOOR_ADVERTISING: premises("NEW_APPLICATION", "户外广告设施设置在具体位置，与企业住所无关；新位置应另行申请。"),

  // Premises-bound, reviewed by an on-site check of the new address (a licence change, not a new licence).
  VET_DRUG_TRADING: premises("ONSITE_CHECK", "兽药经营许可载明经营地点，变更经营地点须经现场核查。"),
  PESTICIDE_TRADING: premises("ONSITE_CHECK", "农药经营许可载明经营场所，变更经营场所须经现场核查。"),
  TESTING_ACCREDITATION: premises("ONSITE_CHECK", "资质认定证书载明检验检测场所，场所变更须经现场评审。"),
  DRUG_RETAIL: premises("ONSITE_CHECK", "药品经营许可证载明经营地址，变更经营地址须经现场检查。"),
  DRUG_WHOLESALE: premises("ONSITE_CHECK", "药品经营许可证载明经营地址和仓库地址，变更须经现场检查。"),
  MEDICAL_DEVICE_III: premises("ONSITE_CHECK", "第三类医疗器械经营许可载明经营场所和库房，变更须经现场核查。"),
  PRIVATE_SCHOOL: premises("ONSITE_CHECK", "办学许可载明办学地址，变更办学地址须经现场核查办学条件。"),
  MEDICAL_INSTITUTION: premises("ONSITE_CHECK", "医疗机构执业许可载明执业地点，变更执业地点须经现场审查。"),

  // Premises-bound and suspended until the department has seen the site: safety tied to the place itself.
  HAZCHEM_TRADING: premises("ONSITE_CHECK", "危险化学品经营许可针对具体经营场所的安全条件，住所变更后暂停，经现场核查后恢复。", true),
  GAS_OPERATION: premises("ONSITE_CHECK", "燃气经营许可针对具体储配、供应设施的安全条件，住所变更后暂停，经现场核查后恢复。", true),
};

/** The Matter columns of a seeded matter (an unlisted one follows the subject; the data test lists them all). */
export function premisesBindingColumns(code: string) {
  const b = PREMISES_BINDING[code];
  return {
    binding: b?.binding ?? "SUBJECT",
    premisesReview: b?.binding === "PREMISES" ? (b.review ?? "NEW_APPLICATION") : null,
    suspendOnAddressMove: b?.binding === "PREMISES" ? (b.suspend ?? false) : false,
    bindingReason: b?.reason ?? "",
  } satisfies { binding: LicenceBinding; premisesReview: PremisesReview | null; suspendOnAddressMove: boolean; bindingReason: string };
}
