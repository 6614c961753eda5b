// English text of the seeded 智能导办 questions, their options and the rules' reasons. Questions by
// question code, options by "question.option", reasons by rule key (GuidanceRule.seedKey). Each entry
// keeps the Chinese it translates, so an edited question or rule shows its own (Chinese) words instead.
import type { Pairs } from "./types";

export const QUESTIONS: Pairs = {
  has_licence: ["您的企业是否已经领取营业执照？", "Does your business already have a business licence?"],
  activities: ["您打算开展哪些经营活动？（可多选）", "What will your business do? (choose all that apply)"],
  sells_food: ["是否销售食品（含饮料、零食）？", "Will you sell food (including drinks and snacks)?"],
  food_kind: ["销售哪类食品？", "What kind of food will you sell?"],
  sells_chilled: ["销售的食品中是否有需要冷藏冷冻的？", "Does any of the food need refrigeration or freezing?"],
  sells_liquor: ["是否销售酒类商品（含餐饮店售酒）？", "Will you sell alcoholic drinks (including in a restaurant)?"],
  sells_tobacco: ["是否零售卷烟、雪茄烟等烟草制品？", "Will you sell cigarettes, cigars or other tobacco products?"],
  sells_publications: ["是否销售图书、报纸、期刊等出版物？", "Will you sell books, newspapers, magazines or other publications?"],
  sells_drugs: ["是否销售药品（含非处方药）？", "Will you sell medicines (including over-the-counter ones)?"],
  medical_devices: ["是否销售医疗器械？销售哪一类？", "Will you sell medical devices? Of which class?"],
  special_goods: [
    "是否经营以下特殊商品？（可多选，都不经营则不勾选）",
    "Will you trade in any of these special goods? (choose all that apply; leave empty if none)",
  ],
  sport_high_risk: ["是否开放游泳、滑雪、潜水、攀岩等高危险性体育项目？", "Will you offer high-risk sports such as swimming, skiing, diving or climbing?"],
  sport_items: ["开放哪些高危险性体育项目？（可多选）", "Which high-risk sports will you offer? (choose all that apply)"],
  sewer_discharge: ["后厨等经营污水是否排入市政污水管网？", "Will kitchen or other business wastewater go into the municipal sewer?"],
  hr_kind: ["提供哪类人力资源服务？", "What kind of human resources service will you provide?"],
  freight_heavy: ["是否使用总质量 4.5 吨以上的货车？", "Will you use goods vehicles of more than 4.5 tonnes gross weight?"],
  medical_kind: ["开办哪类医疗服务？", "What kind of medical service will you open?"],
  care_kind: ["提供哪类照护服务？（可多选）", "What kind of care will you provide? (choose all that apply)"],
  area: ["经营场所的建筑面积大约是多少平方米？", "About how many square metres is the floor area of the premises?"],
  outdoor_sign: ["是否在店铺外墙或门头设置招牌（店招）？", "Will you put up a shop sign on the outside wall or above the door?"],
  outdoor_ad: [
    "除本店招牌外，是否还要设置户外广告设施（广告牌、灯箱等）？",
    "Besides your shop sign, will you put up outdoor advertising (billboards, light boxes)?",
  ],
  gas_use: ["经营中是否使用燃气？", "Will the business use gas?"],
};

export const QUESTION_HELP: Pairs = {
  has_licence: [
    "还没有注册公司或个体工商户的，选择“否”，营业执照可以和许可证一起申请。",
    "If you have not yet registered a company or a sole proprietorship, choose “No”: the business licence can be applied for together with the permits.",
  ],
  activities: [
    "按实际经营的内容勾选，不确定的可以先勾选，结果页会说明每项许可为什么需要。",
    "Tick what you will actually do; if unsure, tick it anyway — the result explains why each permit is needed.",
  ],
  sells_food: ["健身房、网吧、宾馆等在店内售卖饮料、零食，也属于销售食品。", "A gym, internet café or hotel selling drinks or snacks on site also sells food."],
  food_kind: [
    "预包装食品指预先定量包装、标签齐全的食品（含冷藏冷冻）；散装食品指称重销售、无包装的食品。",
    "Prepackaged food is packed in fixed quantities with full labels (including chilled and frozen food); bulk food is sold by weight without packaging.",
  ],
  sells_chilled: [
    "如冷藏饮料、乳制品、冷冻食品。需要配备相应的冷藏冷冻设施并做好温度记录。",
    "Such as chilled drinks, dairy products or frozen food. You need suitable refrigeration and must keep temperature records.",
  ],
  medical_devices: ["产品注册证或备案凭证上写明了医疗器械类别。", "The class is stated on the product’s registration certificate or filing receipt."],
  sport_high_risk: ["普通健身房、球馆、瑜伽馆不属于高危险性体育项目。", "An ordinary gym, ball court or yoga studio is not a high-risk sport."],
  sewer_discharge: [
    "餐饮单位的油污水排入城镇排水管网前须设隔油设施，并取得排水许可。",
    "A catering business must fit a grease trap before its wastewater enters the urban sewer, and needs a discharge permit.",
  ],
  freight_heavy: [
    "使用总质量 4500 千克及以下普通货运车辆从事普通货运，已取消道路运输经营许可。",
    "For ordinary freight with goods vehicles of 4,500 kg gross weight or less, the road transport licence has been abolished.",
  ],
  area: [
    "填写整数即可，用于判断是否属于需要消防安全检查的公众聚集场所。",
    "A whole number is enough; it decides whether the premises are a public assembly venue that needs a fire safety inspection.",
  ],
  gas_use: [
    "使用燃气本身不需要许可证，但须向有资质的燃气经营企业购气并签订供用气合同，按规定安装燃气泄漏报警装置。",
    "Using gas needs no licence, but you must buy it from a licensed gas supplier under a supply contract and install a gas leak alarm as required.",
  ],
};

export const OPTIONS: Pairs = {
  "activities.retail": ["零售商品（开店、便利店、超市等）", "Retail (shops, convenience stores, supermarkets)"],
  "activities.catering": ["餐饮服务（堂食、外卖、现制饮品）", "Catering (dine-in, takeaway, freshly made drinks)"],
  "activities.accommodation": ["住宿（宾馆、酒店、民宿）", "Accommodation (hotels, guesthouses, homestays)"],
  "activities.entertainment": ["歌舞、游艺等娱乐场所", "Entertainment venue (karaoke, dance hall, amusement arcade)"],
  "activities.internet_cafe": ["网吧（互联网上网服务）", "Internet café"],
  "activities.sport": ["体育健身场馆或培训（健身房、游泳馆等）", "Sports venue or training (gym, swimming pool)"],
  "activities.personal_care": ["美容美发、洗浴等生活服务", "Beauty, hairdressing, bathhouse and similar services"],
  "activities.hr": ["人力资源服务（招聘、职业中介、劳务派遣）", "Human resources services (recruitment, job placement, labour dispatch)"],
  "activities.freight": ["道路货物运输", "Road freight transport"],
  "activities.medical": ["医疗、动物诊疗服务", "Medical or animal clinic services"],
  "activities.care": ["托育或养老服务", "Childcare or elderly care"],
  "activities.vehicle_repair": ["机动车维修", "Motor vehicle repair"],
  "activities.seal_engraving": ["公章刻制", "Seal engraving"],
  "food_kind.prepackaged": ["仅销售预包装食品", "Prepackaged food only"],
  "food_kind.bulk": ["销售散装食品或现场制售食品", "Bulk food, or food made and sold on site"],
  "medical_devices.none": ["不销售医疗器械", "No medical devices"],
  "medical_devices.class1": [
    "仅第一类（如医用口罩以外的普通敷料、压舌板）",
    "Class I only (e.g. ordinary dressings other than medical masks, tongue depressors)",
  ],
  "medical_devices.class2": ["第二类（如体温计、血压计、避孕套）", "Class II (e.g. thermometers, blood pressure monitors, condoms)"],
  "medical_devices.class3": ["第三类（如隐形眼镜及护理液、植入器械）", "Class III (e.g. contact lenses and their solutions, implants)"],
  "special_goods.hazchem": ["危险化学品", "Hazardous chemicals"],
  "special_goods.pesticide": ["农药", "Pesticides"],
  "special_goods.vet_drugs": ["兽药", "Veterinary drugs"],
  "special_goods.bottled_gas": ["向他人供应瓶装燃气", "Supplying bottled gas to others"],
  "special_goods.art": ["艺术品（书画、工艺美术品、收藏品）", "Works of art (paintings and calligraphy, crafts, collectibles)"],
  "sport_items.swimming": ["游泳", "Swimming"],
  "sport_items.skiing": ["滑雪", "Skiing"],
  "sport_items.diving": ["潜水", "Diving"],
  "sport_items.climbing": ["攀岩", "Climbing"],
  "hr_kind.agency": ["职业中介（为求职者和用人单位介绍工作）", "Job placement (matching job seekers and employers)"],
  "hr_kind.other": ["人力资源外包、培训、测评等（不含职业中介）", "HR outsourcing, training, assessment and the like (not job placement)"],
  "hr_kind.dispatch": ["劳务派遣", "Labour dispatch"],
  "medical_kind.clinic": ["诊所", "Clinic"],
  "medical_kind.institution": ["医院、门诊部等医疗机构", "Hospital, outpatient department or other medical institution"],
  "medical_kind.animal": ["动物诊疗（宠物医院）", "Animal clinic (pet hospital)"],
  "care_kind.childcare": ["3 岁以下婴幼儿托育", "Childcare for children under 3"],
  "care_kind.elderly": ["养老服务", "Elderly care"],
  "gas_use.none": ["不使用", "No gas"],
  "gas_use.pipeline": ["使用管道燃气", "Piped gas"],
  "gas_use.bottled": ["使用瓶装液化石油气", "Bottled LPG"],
};

export const RULE_REASONS: Pairs = {
  business_registration: [
    "尚未领取营业执照：营业执照与许可证可以一次申请、一并发放",
    "No business licence yet: the business licence and the permits can be applied for once and issued together",
  ],
  prepackaged_food_filing: ["仅销售预包装食品，实行备案，无需申请食品经营许可", "Selling prepackaged food only is filed, without a food business licence"],
  food_operation: ["销售散装食品或现场制售食品，需要食品经营许可", "Selling bulk food or food made on site needs a food business licence"],
  food_operation_catering: ["从事餐饮服务，需要食品经营许可（餐饮服务）", "Catering needs a food business licence (catering)"],
  hygiene_catering_cancelled: [
    "饭馆、咖啡馆、酒吧、茶座的公共场所卫生许可已取消，无需办理",
    "The public-place hygiene licence for restaurants, cafés, bars and tea houses has been abolished: nothing to apply for",
  ],
  liquor_retail: ["销售酒类商品，需要酒类商品零售许可", "Selling alcoholic drinks needs a liquor retail licence"],
  tobacco_retail: ["零售烟草制品，需要烟草专卖零售许可证", "Selling tobacco products needs a tobacco monopoly retail licence"],
  publication_retail: [
    "销售图书、报纸、期刊等出版物，需要出版物零售业务经营许可",
    "Selling books, newspapers, magazines or other publications needs a publication retail licence",
  ],
  drug_retail: ["销售药品，需要药品经营许可（零售）", "Selling medicines needs a drug trading licence (retail)"],
  medical_device_ii_filing: ["销售第二类医疗器械，实行经营备案", "Selling Class II medical devices is filed"],
  medical_device_iii: ["销售第三类医疗器械，需要医疗器械经营许可", "Selling Class III medical devices needs a medical device trading licence"],
  hazchem_trading: ["经营危险化学品，需要危险化学品经营许可", "Trading in hazardous chemicals needs a hazardous chemicals trading licence"],
  pesticide_trading: ["经营农药，需要农药经营许可", "Trading in pesticides needs a pesticide trading licence"],
  vet_drug_trading: ["经营兽药，需要兽药经营许可", "Trading in veterinary drugs needs a veterinary drug trading licence"],
  gas_operation: ["向他人供应瓶装燃气，需要燃气经营许可", "Supplying bottled gas to others needs a gas supply licence"],
  hotel_special_trade: ["经营旅馆业，需要特种行业许可证（旅馆业）", "Running a hotel needs a special trade licence (hotels)"],
  public_place_hygiene: [
    "住宿、美容美发、洗浴等属于需卫生许可的公共场所",
    "Accommodation, beauty, hairdressing and bathhouses are public places that need a hygiene licence",
  ],
  public_place_hygiene_swimming: [
    "开放游泳项目：游泳场（馆）属于需卫生许可的公共场所",
    "Swimming offered: a swimming pool is a public place that needs a hygiene licence",
  ],
  entertainment_venue: ["开办歌舞、游艺娱乐场所，需要娱乐场所经营许可", "Opening a karaoke, dance or amusement venue needs an entertainment venue licence"],
  internet_cafe: ["开办网吧，需要互联网上网服务营业场所经营许可", "Opening an internet café needs an internet café licence"],
  high_risk_sports: ["开放高危险性体育项目，需要高危险性体育项目经营许可", "Offering high-risk sports needs a high-risk sports licence"],
  fire_safety_check: [
    "属于公众聚集场所（住宿、娱乐、网吧，或 300 平方米以上的商场、饭店、体育场馆 — 面积标准为演示），投入使用、营业前需消防安全检查",
    "A public assembly venue (accommodation, entertainment, internet café, or a shop, restaurant or sports venue over 300 m² — a demo threshold) needs a fire safety inspection before it opens",
  ],
  hr_service_licence: ["从事职业中介活动，需要人力资源服务许可", "Job placement needs a human resources service licence"],
  hr_service_filing: ["从事职业中介以外的人力资源服务，实行备案", "Human resources services other than job placement are filed"],
  labour_dispatch: ["经营劳务派遣业务，需要劳务派遣经营许可", "Labour dispatch needs a labour dispatch licence"],
  road_freight: [
    "使用总质量 4.5 吨以上货车从事道路货运，需要道路货物运输经营许可",
    "Road freight with goods vehicles over 4.5 tonnes gross weight needs a road freight transport licence",
  ],
  freight_light_vehicle: [
    "仅使用 4.5 吨及以下普通货车，道路运输经营许可已取消，无需办理",
    "With ordinary goods vehicles of 4.5 tonnes or less only, the road transport licence has been abolished: nothing to apply for",
  ],
  clinic_filing: ["开办诊所，实行备案", "Opening a clinic is filed"],
  medical_institution: [
    "设置医院、门诊部等医疗机构，需要执业登记",
    "A hospital, outpatient department or other medical institution needs practice registration",
  ],
  animal_clinic: ["从事动物诊疗，需要动物诊疗许可", "Animal clinic services need an animal clinic licence"],
  childcare_filing: ["提供 3 岁以下婴幼儿托育服务，实行备案", "Childcare for children under 3 is filed"],
  elderly_care_filing: [
    "开办养老机构，实行备案（设立许可已取消）",
    "Opening an elderly care institution is filed (the establishment licence has been abolished)",
  ],
  outdoor_sign_filing: ["在店铺外设置招牌，办理户外招牌设置备案", "A shop sign outside the premises is filed as a shop sign filing"],
  outdoor_advertising: ["设置户外广告设施，需要户外广告设施设置许可", "Outdoor advertising structures need an outdoor advertising approval"],
  drainage_permit: [
    "餐饮污水排入城镇排水管网，需要城镇污水排入排水管网许可（《城镇排水与污水处理条例》第二十一条）",
    "Catering wastewater entering the urban sewer needs a sewer discharge permit (Regulations on Urban Drainage and Sewage Treatment, Article 21)",
  ],
  art_dealer_filing: ["经营艺术品，实行艺术品经营单位备案", "Dealing in works of art is filed as an art dealer"],
  vehicle_repair_filing: ["从事机动车维修经营，实行备案", "Motor vehicle repair is filed"],
  seal_engraving: ["从事公章刻制，需要特种行业许可证（公章刻制业）", "Seal engraving needs a special trade licence (seal engraving)"],
  elderly_care_licence_cancelled: [
    "养老机构设立许可已取消，登记后向民政部门备案即可",
    "The elderly care establishment licence has been abolished: after registration, file with the civil affairs department",
  ],
};
