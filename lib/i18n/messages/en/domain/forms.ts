// English — lib/forms: its errors and its inbox messages (mirrors zh-CN/domain/forms.ts).
import type { Messages } from "../../zh-CN";

const forms: Messages["domain"]["forms"] = {
  labels: {
    companyName: "Company name",
    address: "Registered address",
  },
  sources: {
    account: "your account",
    enterprise: "the enterprise's registration",
    identity: "your account's real-name identity (yourself); correct it if the legal representative is someone else",
    fromFinder: "your answers in the guide; you can correct it",
    scope: "written from your answers and the matters applied for, in the standard business scope terms; you can add to it",
    assignedAtRegistration: "assigned at registration",
    longTerm: "long-term by default; you can correct it",
    idType: "recognised from the ID number",
    samePhone: "the same as the contact phone; you can correct it",
    sameAddress: "the same as the registered address; you can correct it",
    subdistrict: "recognised from the premises address",
    sameSign: "the same as the shop's sign name; you can correct it",
    shareholderCount: "counted from the shareholder list",
    registeredCapital: "the total of the shareholders' subscribed capital",
  },
  values: {
    usccPending: "assigned automatically at registration",
  },
  errors: {
    value: {
      notMulti: "{label} takes several choices; please tick them again",
      badOptions: "{label}: the choices “{options}” are not offered; please tick them again",
      single: "{label} takes one value only",
      tooLong: "{label} may have at most {maximum} characters",
      number: "{label}: please enter a number (at most two decimals), e.g. 80 or 80.5",
      date: "{label}: please enter a valid date as year-month-day, e.g. 2026-12-01",
      select: "{label}: please choose from the list",
      boolean: "{label}: please choose “Yes” or “No”",
      phone: "{label}: please enter an 11-digit mobile number or a landline number with its area code, e.g. 13800138000 or 021-57930000",
      withDetail: "{label}: {detail}",
    },
    address: {
      tooShort: "{label} needs at least {minimum} characters: give the district (county), subdistrict (town), road and house number",
      tooLong: "{label} may have at most {maximum} characters (it has {length})",
      incomplete:
        "{label}: please give the complete address in Chinese, with the district (county), subdistrict (town), road and house number, e.g. 上海市金山区石化街道卫零路1号",
    },
    name: {
      tooShort: "{label} needs at least {minimum} characters",
      tooLong: "{label} may have at most {maximum} characters (it has {length}); please shorten it before submitting",
      notChinese: "{label} must be written in standard Chinese characters",
      noCore: "{label} needs at least {minimum} characters besides the organisation form (e.g. 有限公司)",
      takenByPendingChange:
        "The company name “{name}” is the same as or similar to “{other}”, a name another enterprise has applied to change to; please choose another name",
      taken: "The company name “{name}” is already registered by another enterprise; please choose another name",
      similar:
        "The company name “{name}” is in substance the same as the registered “{other}” (it differs only in full-width or half-width characters, spaces, punctuation or the organisation form); please choose another name",
    },
    shareholders: {
      columns: "Line {line}: give the name, the ID number and the subscribed capital (in 10,000 yuan), in that order, e.g. “{example}”",
      idInvalid: "Line {line}: the ID number “{id}” fails its check; please check the ID card number or unified social credit code",
      amount: "Line {line}: the subscribed capital “{amount}” must be a number greater than 0 (in 10,000 yuan), e.g. 50",
      duplicate: "The ID number “{id}” appears more than once; please put one shareholder on one line",
    },
    registryFact:
      "{label} is taken from the enterprise's registration and cannot be changed in the application form; to correct it, apply for a change of registration first (My enterprise → Change of registration)",
    unknownField: "The form has no field “{key}”; please refresh the page and try again",
    required: "Please fill in {label}",
  },
  notices: {},
};

export default forms;
