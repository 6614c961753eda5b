// Demo enterprises: fictional names and people in a real district (上海市金山区, region code 310116).
// USCCs are 9 (工商) + 1 (企业) + 310116 + a 9-character organization code whose own GB 11714 check digit is
// valid, + the GB 32100 check character from lib/ids. Resident IDs carry a valid GB 11643 check digit.
// The second enterprise is the S2 restaurant company (SCENARIOS.md): already registered, own address.
import { makeResidentId } from "../../../lib/ids/resident-id";
import { makeUscc } from "../../../lib/ids/uscc";
import { makeOrgCode } from "../../../lib/ids/org-code";
import type { EnterpriseSeed } from "./types";

const JINSHAN = "310116";
const companyUscc = (orgFirst8: string): string => makeUscc(`91${JINSHAN}${makeOrgCode(orgFirst8)}`);

/** First enterprise: bound to the demo account `applicant`. */
export const CONVENIENCE_USCC = companyUscc("MA7FM3KC");
/** S2 restaurant company: bound to `applicant2`. */
export const RESTAURANT_USCC = companyUscc("MA1HQ4R2");

export const enterprises: EnterpriseSeed[] = [
  {
    uscc: CONVENIENCE_USCC,
    name: "上海金山便利优选商贸有限公司",
    entityType: "有限责任公司（自然人投资或控股）",
    registeredCapital: "1000000.00",
    address: "上海市金山区卫零路388号1层",
    legalRepName: "张伟",
    legalRepIdNumber: makeResidentId("31022819850612031"),
    phone: "13800138021",
    businessScope: "一般项目：日用百货销售；日用品销售；文具用品零售；食用农产品零售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    industry: "零售",
    establishedAt: "2023-03-15",
  },
  {
    uscc: RESTAURANT_USCC,
    name: "上海金山枫味餐饮管理有限公司",
    entityType: "有限责任公司（自然人独资）",
    registeredCapital: "500000.00",
    address: "上海市金山区朱泾镇金山大道1688号2幢1层",
    legalRepName: "李娜",
    legalRepIdNumber: makeResidentId("31011619900308042"),
    phone: "13800138022",
    businessScope:
      "许可项目：餐饮服务；食品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：餐饮管理。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    industry: "餐饮",
    establishedAt: "2019-06-20",
  },
  {
    uscc: companyUscc("MA1J9W8T"),
    name: "上海金山悦湾酒店管理有限公司",
    entityType: "有限责任公司（自然人投资或控股）",
    registeredCapital: "3000000.00",
    address: "上海市金山区山阳镇卫清东路2299号",
    legalRepName: "陈建国",
    legalRepIdNumber: makeResidentId("31022819720925051"),
    phone: "13800138023",
    businessScope:
      "许可项目：住宿服务；餐饮服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：酒店管理；餐饮管理。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    industry: "住宿",
    establishedAt: "2020-09-08",
  },
  {
    uscc: companyUscc("58704316"),
    name: "上海金山畅达物流有限公司",
    entityType: "有限责任公司（自然人投资或控股）",
    registeredCapital: "2000000.00",
    address: "上海市金山区金山工业区夏宁路818弄15号",
    legalRepName: "周海峰",
    legalRepIdNumber: makeResidentId("32058419811130071"),
    phone: "13800138024",
    businessScope:
      "许可项目：道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：普通货物仓储服务（不含危险化学品等需许可审批的项目）。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    industry: "交通运输",
    establishedAt: "2016-04-22",
  },
  {
    uscc: companyUscc("08526193"),
    name: "上海亭林康健大药房有限公司",
    entityType: "有限责任公司（自然人独资）",
    registeredCapital: "1000000.00",
    address: "上海市金山区亭林镇寺平南路128号",
    legalRepName: "吴秀英",
    legalRepIdNumber: makeResidentId("31022819680417062"),
    phone: "13800138025",
    businessScope:
      "许可项目：药品零售。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：第一类医疗器械销售；第二类医疗器械销售；日用百货销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    industry: "医药",
    establishedAt: "2017-11-03",
  },
];
