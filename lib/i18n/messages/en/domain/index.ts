// English — the domain's own words (mirrors zh-CN/domain/index.ts).
import applications from "./applications";
import approvals from "./approvals";
import calendar from "./calendar";
import catalog from "./catalog";
import files from "./files";
import forms from "./forms";
import guidance from "./guidance";
import ids from "./ids";
import licences from "./licences";
import metrics from "./metrics";
import notifications from "./notifications";
import ratings from "./ratings";
import registration from "./registration";
import scope from "./scope";
import supervision from "./supervision";
import verify from "./verify";

const domain = {
  applications,
  approvals,
  calendar,
  catalog,
  files,
  forms,
  guidance,
  ids,
  licences,
  metrics,
  notifications,
  ratings,
  registration,
  scope,
  supervision,
  verify,
};

export default domain;
