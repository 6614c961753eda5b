// English — lib/registration: its errors and its inbox messages (mirrors zh-CN/domain/registration.ts).
import type { Messages } from "../../zh-CN";

const registration: Messages["domain"]["registration"] = {
  errors: {
    requestKeyInvalid: "This form has expired; please reload the page and try again",
    changeIdMissing: "The request number is missing",
    changeIdInvalid: "The request number is not valid",
    change: {
      reasonRequired: "Please give the reason for the change",
      reasonTooShort: "Please give the reason for the change (at least {minimum} characters)",
      reasonTooLong: "The reason for the change may have at most {maximum} characters",
      nameOrAddressRequired: "Please enter a new enterprise name or a new registered address (at least one)",
      nothingToChange: "The name and address entered are the ones already registered; there is nothing to change",
    },
    cancel: {
      reasonRequired: "Please give the reason for deregistration",
      reasonTooShort: "Please give the reason for deregistration (at least {minimum} characters)",
      reasonTooLong: "The reason for deregistration may have at most {maximum} characters",
      confirmRequired:
        "Please tick to confirm: on deregistration the enterprise's business licence and all its permits and filing receipts are cancelled with it",
      applicationsInProgress: "{count} application(s) of this enterprise are still being processed; deregistration can be requested once they are concluded",
    },
    decide: {
      chooseAction: "Please choose whether to approve or refuse the registration",
      reasonTooLong: "The reason may have at most {maximum} characters",
      rejectReasonRequired: "Please give the reason for refusing the registration (at least {minimum} characters)",
      withdrawn: "The applicant has withdrawn this request",
      decidedByOther: "This request has already been handled by someone else; please reload the page to see the result",
      enterpriseCancelled: "This enterprise has been deregistered; no further change or deregistration can be handled",
      notAuthority: "Changes and deregistrations are handled by the registration authority (market regulation); your department has no permission for this",
    },
    name: {
      taken: "The enterprise name “{name}” is already registered by another enterprise; please choose another name",
      similar:
        "The enterprise name “{name}” is essentially the same as the registered “{other}” (differing only in full/half width, spaces, punctuation or legal form); please choose another name",
      pending:
        "The enterprise name “{name}” is the same as or close to “{other}”, which another enterprise has applied to change to; please choose another name",
    },
    noEnterprise: "Your account is not linked to an enterprise yet, so no change or deregistration can be requested",
    requestNotFound: "The request does not exist",
    enterpriseNotFound: "The enterprise does not exist",
    enterpriseCancelled: "This enterprise has been deregistered and can no longer request a change or deregistration",
    enterpriseCancelledNoApply: "This enterprise has been deregistered and can no longer apply for permits",
    openChange: "A change registration request of this enterprise is already being processed; please wait for it to conclude or withdraw it first",
    openCancel: "A deregistration request of this enterprise is already being processed; please wait for it to conclude or withdraw it first",
    alreadyDecided: "The registration authority has already decided this request; it can no longer be withdrawn",
    licenceChanged: "The status of licence {number} has just changed; please reload the page and try again",
  },
  notices: {
    changeRequested: { title: "New change registration request: {enterprise}", body: "Reason given: {reason}" },
    cancelRequested: { title: "New deregistration request: {enterprise}", body: "Reason given: {reason}" },
    changeRejected: { title: "Change registration request refused", body: "Reason: {reason}" },
    cancelRejected: { title: "Deregistration request refused", body: "Reason: {reason}" },
    changeApproved: { title: "Change registration approved", body: "The registered details have been updated." },
    changeApprovedReissued: {
      title: "Change registration approved",
      body: "These {count} licence(s) have been re-issued as new versions; your wallet now holds the new versions:\n{reissued}",
    },
    changeApprovedKept: { title: "Change registration approved", body: "These licences are at premises of their own and stay as they are: {kept}" },
    changeApprovedReissuedKept: {
      title: "Change registration approved",
      body: "These {count} licence(s) have been re-issued as new versions; your wallet now holds the new versions:\n{reissued}\n\nThese licences are at premises of their own and stay as they are: {kept}",
    },
    cancelApproved: {
      title: "Deregistration approved",
      body: "The enterprise has been deregistered; its business licence and {count} licence(s) are cancelled with it: {numbers}",
    },
    premisesReviewNewApplication: {
      title: "Licence not moved with the registered address: {enterprise}",
      body: "This licence was granted for the original premises and has not moved with the registered address:\n{matter} {number}: operating at the new address needs a new application to the issuing department; the licence stays valid for the original premises ({address})",
    },
    premisesReviewNewApplicationSuspended: {
      title: "Licence not moved with the registered address: {enterprise}",
      body: "This licence was granted for the original premises and has not moved with the registered address:\n{matter} {number}: operating at the new address needs a new application to the issuing department; the licence is suspended and will be reinstated after an on-site check",
    },
    premisesReviewOnsiteCheck: {
      title: "Licence not moved with the registered address: {enterprise}",
      body: "This licence was granted for the original premises and has not moved with the registered address:\n{matter} {number}: operating at the new address needs an on-site check by the issuing department; the licence stays valid for the original premises ({address})",
    },
    premisesReviewOnsiteCheckSuspended: {
      title: "Licence not moved with the registered address: {enterprise}",
      body: "This licence was granted for the original premises and has not moved with the registered address:\n{matter} {number}: operating at the new address needs an on-site check by the issuing department; the licence is suspended and will be reinstated after an on-site check",
    },
    linkedRename: { title: "Linked change: {enterprise} renamed {name}", body: "Licences issued by your department:\n{licences}" },
    linkedMove: { title: "Linked change: {enterprise} moved its registered address to {address}", body: "Licences issued by your department:\n{licences}" },
    linkedRenameMove: {
      title: "Linked change: {enterprise} renamed {name}, registered address moved to {address}",
      body: "Licences issued by your department:\n{licences}",
    },
    linkedCancel: { title: "Linked deregistration: {enterprise} has been deregistered", body: "Licences issued by your department:\n{licences}" },
  },
};

export default registration;
