// Demo accounts, all with the password DEMO_PASSWORD ("Demo@2026"). One department officer per department
// (dept-<code>), one head of 区市场监管局 who receives overdue escalations, a regulator, an admin.
import { departments } from "./departments";
import { makeResidentId } from "../../../lib/ids/resident-id";
import { CONVENIENCE_USCC, RESTAURANT_USCC, enterprises } from "./enterprises";

/** The S1 founder's resident ID number (the e2e and integration journeys type it as shareholder and legal representative). */
export const FOUNDER_ID_NUMBER = makeResidentId("31011619900304123");

function enterpriseByUscc(uscc: string) {
  const e = enterprises.find((x) => x.uscc === uscc);
  if (!e) throw new Error(`enterprise ${uscc} missing from the seed`);
  return e;
}
import type { UserSeed } from "./types";

/** Fictional officer names, by department code. */
const OFFICER_NAMES: Record<string, string> = {
  SCJG: "陈静",
  SWW: "孙涛",
  YCJ: "马骏",
  WHLY: "林晓",
  WSJK: "黄敏",
  GAFJ: "徐斌",
  XFJY: "高翔",
  LHSR: "何丽",
  TYJ: "郭强",
  JTW: "罗勇",
  RSJ: "梁艳",
  STHJ: "宋杰",
  JSGL: "郑凯",
  YJGL: "谢磊",
  NYNC: "韩雪",
  GHZY: "唐亮",
  MZJ: "冯婷",
  JYJ: "曹颖",
  SWJ: "彭浩",
  FGW: "曾琳",
  FGJ: "蒋鹏",
  SYJJ: "邓华",
  SSCJ: "许倩",
};

export const users: UserSeed[] = [
  // Applicants sign in with a real-name verified identity (实名认证); the two enterprise accounts are their
  // legal representatives.
  {
    username: "applicant",
    displayName: "张伟",
    role: "APPLICANT",
    enterpriseUscc: CONVENIENCE_USCC,
    realNameIdNumber: enterpriseByUscc(CONVENIENCE_USCC).legalRepIdNumber,
  },
  {
    username: "applicant2",
    displayName: "李娜",
    role: "APPLICANT",
    enterpriseUscc: RESTAURANT_USCC,
    realNameIdNumber: enterpriseByUscc(RESTAURANT_USCC).legalRepIdNumber,
  },
  // S1: someone opening a company for the first time — no enterprise yet, so the registration joins the application.
  { username: "founder", displayName: "陈晨", role: "APPLICANT", realNameIdNumber: FOUNDER_ID_NUMBER },
  { username: "window", displayName: "王芳（综合窗口）", role: "WINDOW_OFFICER" },
  ...departments.map(
    (d): UserSeed => ({
      username: `dept-${d.code.toLowerCase()}`,
      displayName: `${OFFICER_NAMES[d.code] ?? "审批员"}（${d.shortName}）`,
      role: "DEPT_OFFICER",
      departmentCode: d.code,
      isDepartmentHead: false,
    }),
  ),
  { username: "head-scjg", displayName: "刘洋（区市场监管局 分管负责人）", role: "DEPT_OFFICER", departmentCode: "SCJG", isDepartmentHead: true },
  // 双随机 needs a pool: two more law-enforcement inspectors of 区市场监管局 (every department officer is qualified).
  { username: "inspector-scjg-1", displayName: "周凯（区市场监管局 执法）", role: "DEPT_OFFICER", departmentCode: "SCJG" },
  { username: "inspector-scjg-2", displayName: "吴桐（区市场监管局 执法）", role: "DEPT_OFFICER", departmentCode: "SCJG" },
  { username: "regulator", displayName: "赵敏（区市场监管局 监管）", role: "REGULATOR", departmentCode: "SCJG" },
  { username: "admin", displayName: "系统管理员", role: "ADMIN" },
];
