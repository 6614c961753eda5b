// English — lib/licences: its errors and its inbox messages (mirrors zh-CN/domain/licences.ts).
import type { Messages } from "../../zh-CN";

const licences: Messages["domain"]["licences"] = {
  errors: {
    share: {
      licenceInvalid: "The licence number is not valid",
      chooseLicences: "Please choose at least one licence",
      tooManyLicences: "At most {maximum} licences can be shared at once",
      purposeRequired: "Please say what the link is for",
      purposeTooShort: "The purpose needs at least {minimum} characters",
      purposeTooLong: "The purpose may have at most {maximum} characters",
      daysRequired: "Please enter how many days the link lasts",
      daysWhole: "The number of days must be a whole number",
      daysTooFew: "The link lasts at least {minimum} day",
      daysTooMany: "The link lasts at most {maximum} days",
      linkInvalid: "The share link is not valid",
      noEnterprise: "Your account is not linked to an enterprise yet, so there is no licence to share",
      notOwn: "A chosen licence does not exist or is not your enterprise's; please reload the page and choose again",
      unshareable: "Licence {numbers} has been revoked, cancelled or replaced by a newer version and cannot be shared",
      linkNotOwn: "This share link does not exist or is not your enterprise's",
    },
  },
  notices: {},
};

export default licences;
