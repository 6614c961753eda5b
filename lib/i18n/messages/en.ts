// English catalog. Typed as Messages, so a missing key fails the type check.
import type { Messages } from "./zh-CN";
import shell from "./en/shell";
import catalog from "./en/catalog";
import guide from "./en/guide";
import catalogAdmin from "./en/catalog-admin";
import scope from "./en/scope";
import apply from "./en/apply";
import inbox from "./en/inbox";
import window from "./en/window-desk";
import deptDesk from "./en/dept-desk";
import track from "./en/track";
import holidays from "./en/holidays";
import verify from "./en/verify";
import wallet from "./en/wallet";
import licenceAdmin from "./en/licence-admin";
import registration from "./en/registration";
import credit from "./en/credit";
import verification from "./en/verification";
import inspection from "./en/inspection";
import dossier from "./en/dossier";
import share from "./en/share";
import metrics from "./en/metrics";
import ratings from "./en/ratings";
import jobs from "./en/jobs";
import domain from "./en/domain";
import legal from "./en/legal";

const en: Messages = {
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
};

export default en;
