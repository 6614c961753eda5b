// English of the conditions (许可条件) of the matters the two scenarios apply for, by matter code: each
// Chinese line with its translation. A matter whose conditions were edited since shows the Chinese lines.
export const CONDITIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  BUSINESS_REGISTRATION: {
    "企业名称符合《企业名称登记管理规定》，不与同一登记机关已登记的同行业企业名称相同":
      "The company name complies with the Provisions on the Administration of Enterprise Name Registration and is not the same as that of a registered company in the same trade at the same registration authority",
    "有符合规定的住所，并提交住所使用证明": "The company has a lawful registered address and proves its right to use it",
    "法定代表人不属于《中华人民共和国公司法》规定不得担任的情形": "The legal representative is not barred from the office by the Company Law of the PRC",
    经营范围按照经营范围登记规范表述目录选择填写: "The business scope is chosen from the catalogue of standard business scope terms",
    公司章程由全体股东签署: "The articles of association are signed by all shareholders",
  },
  PREPACKAGED_FOOD_FILING: {
    "仅销售预包装食品（含冷藏冷冻预包装食品），不从事散装食品销售和餐饮服务":
      "Only prepackaged food is sold (including chilled and frozen prepackaged food); no bulk food and no catering",
    "有与经营的食品品种、数量相适应的经营场所": "The premises suit the kinds and quantities of food sold",
    "销售冷藏冷冻食品的，配备与经营品种、数量相适应的冷藏冷冻设施":
      "Where chilled or frozen food is sold, refrigeration suited to the kinds and quantities is in place",
  },
  OUTDOOR_SIGN_FILING: {
    "不占用市政公用设施或者各类架空管线，不影响市政公用设施正常使用":
      "The sign does not occupy municipal facilities or overhead lines and does not hinder their use",
    "不影响车辆、行人安全，不妨碍安全疏散、灭火救援和建筑防排烟":
      "The sign does not endanger vehicles or pedestrians, nor hinder evacuation, fire-fighting or smoke control",
    不妨碍他人生产经营或者居民正常生活: "The sign does not disturb other businesses or residents",
  },
  FOOD_OPERATION: {
    "具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所":
      "Premises for handling raw materials and for processing, selling and storing food, suited to the kinds and quantities of food",
    "经营场所距离粪坑、污水池、暴露垃圾场（站）、旱厕等污染源25米以上":
      "The premises are more than 25 metres from cesspits, sewage pools, open refuse sites, dry toilets and other sources of pollution",
    "具有与经营的食品品种、数量相适应的消毒、更衣、盥洗、采光、照明、通风、防腐、防尘、防蝇、防鼠、防虫、洗涤以及处理废水、存放垃圾和废弃物的设备或者设施":
      "Equipment for disinfection, changing, washing, lighting, ventilation, and protection against decay, dust, flies, rodents and insects, and for waste water and refuse, suited to the food business",
    "配备专职或者兼职的食品安全管理人员，建立保证食品安全的规章制度": "A full-time or part-time food safety manager and rules that ensure food safety",
    "具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染":
      "An equipment layout and work flow that prevent cross-contamination between raw and ready-to-eat food, and between ingredients and products",
    从事接触直接入口食品工作的从业人员持有有效健康证明: "Staff who handle ready-to-eat food hold valid health certificates",
  },
  LIQUOR_RETAIL: {
    具有确保酒类商品质量与安全的经营场所: "Premises that keep the liquor safe and of good quality",
    "建立酒类商品进货查验、索证索票等质量安全管理制度":
      "Quality and safety rules for liquor, including checking incoming goods and keeping suppliers’ certificates and invoices",
    具有熟悉酒类商品业务知识的人员: "Staff who know the liquor trade",
    "经营散装酒的，具有符合散装食品经营要求的制度和设施": "Where bulk liquor is sold, rules and facilities that meet the requirements for bulk food",
  },
  TOBACCO_RETAIL: {
    有与经营烟草制品零售业务相适应的资金: "Funds suited to a tobacco retail business",
    有与住所相独立的固定经营场所: "Fixed business premises separate from a dwelling",
    符合本市烟草制品零售点合理布局要求: "The shop fits the city’s planned layout of tobacco retail outlets",
    "经营场所不在中小学校、幼儿园周边禁止设置烟草销售网点的范围内（《中华人民共和国未成年人保护法》第五十九条）":
      "The premises are not within the zone around schools and kindergartens where tobacco sales are banned (Law of the PRC on the Protection of Minors, Article 59)",
  },
  PUBLICATION_RETAIL: {
    已依法办理市场主体登记: "The business is registered as a market entity",
    有固定的经营场所: "Fixed business premises",
  },
};
