// 简体中文 — the default and complete catalog. Every UI string lives here (and in en.ts), one file per
// area under zh-CN/ so that each feature owns its own strings.
import shell from "./zh-CN/shell";
import catalog from "./zh-CN/catalog";
import guide from "./zh-CN/guide";
import catalogAdmin from "./zh-CN/catalog-admin";
import scope from "./zh-CN/scope";
import apply from "./zh-CN/apply";
import inbox from "./zh-CN/inbox";
import window from "./zh-CN/window-desk";
import deptDesk from "./zh-CN/dept-desk";
import track from "./zh-CN/track";
import holidays from "./zh-CN/holidays";
import verify from "./zh-CN/verify";
import wallet from "./zh-CN/wallet";
import licenceAdmin from "./zh-CN/licence-admin";
import registration from "./zh-CN/registration";
import credit from "./zh-CN/credit";
import verification from "./zh-CN/verification";
import inspection from "./zh-CN/inspection";
import dossier from "./zh-CN/dossier";
import share from "./zh-CN/share";
import metrics from "./zh-CN/metrics";
import ratings from "./zh-CN/ratings";
import jobs from "./zh-CN/jobs";
import domain from "./zh-CN/domain";
import legal from "./zh-CN/legal";

const zhCN = {
  ...shell,
  catalog,
  guide,
  catalogAdmin,
  scope,
  apply,
  inbox,
  window,
  deptDesk,
  track,
  holidays,
  verify,
  wallet,
  licenceAdmin,
  share,
  registration,
  credit,
  verification,
  inspection,
  dossier,
  metrics,
  ratings,
  jobs,
  domain,
  legal,
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
export default zhCN as Messages;
