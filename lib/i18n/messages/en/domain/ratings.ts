// English — lib/ratings: its errors and its inbox messages (mirrors zh-CN/domain/ratings.ts).
import type { Messages } from "../../zh-CN";

const score = (what: string) => `Please rate “${what}” (1–5)`;

const ratings: Messages["domain"]["ratings"] = {
  errors: {
    input: {
      applicationMissing: "The application number is missing",
      applicationInvalid: "The application number is not valid",
      unitMissing: "The unit rated is missing",
      unitInvalid: "The unit rated is not valid",
      ticketMissing: "The rectification ticket number is missing",
      ticketInvalid: "The rectification ticket number is not valid",
      score: {
        overall: score("Overall satisfaction"),
        efficiency: score("Efficiency"),
        guideAccuracy: score("Accuracy of the service guide"),
        convenience: score("Convenience"),
        usability: score("Ease of use of the portal"),
      },
      commentText: "The comment must be text",
      commentTooLong: "The comment may have at most {maximum} characters",
      noteRequired: "Please describe what was done",
      noteTooShort: "Please describe what was done (at least {minimum} characters)",
      noteTooLong: "The description may have at most {maximum} characters",
      versionInvalid: "The page version is not valid; please refresh the page",
      filterInvalid: "The filter is not valid",
    },
    applicationNotFound: "The application does not exist",
    unitNotOnApplication: "This application has no step at that department",
    alreadyRated: "You have already rated {unit}: each service can be rated once. After a bad rating has been rectified you may rate it once more.",
    alreadyRerated: "You have already re-rated {unit}: a service can be re-rated only once after rectification, and the re-rating is final.",
    departmentNotDecided: "You can rate {unit}'s service once it has made its decision",
    windowNotIssued: "You can rate the comprehensive window's service once the application is completed (results issued)",
    notRatedYet: "You have not rated {unit} yet; please rate it first",
    onlyBadRerated: "Only a bad rating (overall satisfaction 2 or lower) can be re-rated, once, after rectification",
    rerateFinal: "You have already re-rated {unit}; the re-rating is final",
    notRectifiedYet: "{unit} has not finished its rectification yet; you can re-rate once it has",
    ticketChanged: "The rectification ticket has just changed; please refresh the page",
    ticketNotFound: "The rectification ticket does not exist",
    ticketTaken: "Another officer has already handled this rectification ticket; please refresh the page",
    ticketJustHandled: "Another officer has just handled this rectification ticket; please refresh the page",
    callbackRecorded: "The call-back has already been recorded; please refresh the page",
    callbackFirst: "Please call the applicant back and record the call-back before recording the rectification",
    rectificationRecorded: "The rectification has already been recorded; please refresh the page",
    noDepartment: "Your account is not linked to an approving department; please contact the administrator",
  },
  notices: {
    badRating: {
      title: "Bad rating to rectify: {application}",
      body: "The applicant rated {unit}'s service {overall} overall (a bad rating).\nPlease call the applicant back by {callbackDue} and rectify and record it by {fixDue}.",
    },
    badRatingWithComment: {
      title: "Bad rating to rectify: {application}",
      body: "The applicant rated {unit}'s service {overall} overall (a bad rating): “{comment}”\nPlease call the applicant back by {callbackDue} and rectify and record it by {fixDue}.",
    },
    rerated: {
      title: "Bad rating closed: {application}",
      body: "After rectification the applicant re-rated {unit}'s service: {overall} overall. The re-rating is final and the ticket is closed.",
    },
    rectified: {
      title: "Bad rating rectified: {unit}",
      body: "{unit} has rectified: {note}\nYou may re-rate this unit's service once on the application page; the re-rating replaces the original rating.",
    },
  },
};

export default ratings;
