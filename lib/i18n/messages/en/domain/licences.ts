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
      linkNotFound: "The share link does not exist; please check that the link is complete",
      linkNotOwn: "This share link does not exist or is not your enterprise's",
    },
    status: {
      licenceIdMissing: "The licence number is missing",
      licenceIdInvalid: "The licence number is not valid",
      chooseAction: "Please choose what to do",
      reasonTooLong: "The reason may have at most {maximum} characters",
      revokeReasonRequired: "Please give the reason for revoking (at least {minimum} characters)",
      suspendReasonRequired: "Please give the reason for suspending (at least {minimum} characters)",
      noDepartment: "Your account is not assigned to an approving department; please contact the administrator",
      businessLicence: "A business licence is cancelled or revoked by market regulation through the registration procedure, not changed here",
      takenByOther: "This licence has just been handled by someone else; please reload the page to see where it stands",
      changedTo: {
        VALID: "This licence's status has changed to “valid”; please reload the page to see where it stands",
        SUSPENDED: "This licence's status has changed to “suspended”; please reload the page to see where it stands",
        REVOKED: "This licence's status has changed to “revoked”; please reload the page to see where it stands",
        EXPIRED: "This licence's status has changed to “expired”; please reload the page to see where it stands",
        CANCELLED: "This licence's status has changed to “cancelled”; please reload the page to see where it stands",
        SUPERSEDED: "This licence's status has changed to “replaced by a newer version”; please reload the page to see where it stands",
      },
      notAllowed: {
        suspend: {
          VALID: "The licence is currently valid and cannot be suspended",
          SUSPENDED: "The licence is currently suspended and cannot be suspended",
          REVOKED: "The licence is currently revoked and cannot be suspended",
          EXPIRED: "The licence is currently expired and cannot be suspended",
          CANCELLED: "The licence is currently cancelled and cannot be suspended",
          SUPERSEDED: "The licence is currently replaced by a newer version and cannot be suspended",
        },
        revoke: {
          VALID: "The licence is currently valid and cannot be revoked",
          SUSPENDED: "The licence is currently suspended and cannot be revoked",
          REVOKED: "The licence is currently revoked and cannot be revoked",
          EXPIRED: "The licence is currently expired and cannot be revoked",
          CANCELLED: "The licence is currently cancelled and cannot be revoked",
          SUPERSEDED: "The licence is currently replaced by a newer version and cannot be revoked",
        },
        reinstate: {
          VALID: "The licence is currently valid and cannot be reinstated",
          SUSPENDED: "The licence is currently suspended and cannot be reinstated",
          REVOKED: "The licence is currently revoked and cannot be reinstated",
          EXPIRED: "The licence is currently expired and cannot be reinstated",
          CANCELLED: "The licence is currently cancelled and cannot be reinstated",
          SUPERSEDED: "The licence is currently replaced by a newer version and cannot be reinstated",
        },
      },
    },
    file: {
      notJson: "The file is not valid JSON: please use the e-licence file (.json) downloaded from the portal",
      notLicence: "The file is not an e-licence: its licence content (payload), signature or key id (keyId) is missing",
    },
    notFound: "The licence does not exist",
    noSignature: "This licence has no electronic signature, so there is no signed data file to download",
    noDepartment: "Your account is not assigned to an approving department; please contact the administrator",
  },
  notices: {
    revoked: {
      title: "{department} has revoked your licence",
      body: "{matter} ({number}) has been revoked and is no longer valid from today. Reason: {reason}",
    },
    suspended: {
      title: "{department} has suspended your licence",
      body: "{matter} ({number}) has been suspended; verification shows it as “suspended”. Reason: {reason}",
    },
    reinstated: { title: "{department} has reinstated your licence", body: "{matter} ({number}) is valid again. Note: {reason}" },
    reinstatedNoReason: { title: "{department} has reinstated your licence", body: "{matter} ({number}) is valid again." },
  },
};

export default licences;
