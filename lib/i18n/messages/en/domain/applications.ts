// English — lib/applications: its errors and its inbox messages (mirrors zh-CN/domain/applications.ts).
import type { Messages } from "../../zh-CN";

const duplicate = (status: string) =>
  `A pending application for the same premises already includes “{matters}” (${status}); it cannot be applied for twice. Please continue with that application: {href}. If you no longer need it, delete the draft or withdraw the application under “My applications”.`;

const applications: Messages["domain"]["applications"] = {
  errors: {
    notFound: "The application does not exist",
    alreadySubmitted: "The application has been submitted and can no longer be changed",
    requestInvalid: "The request is not valid; please refresh the page and try again",
    applicationIdMissing: "The application number is missing",
    statusChanged: "The application's status has just changed; please refresh the page and try again",
    start: {
      chooseMatter: "Please choose at least one matter",
      tooManyMatters: "At most {maximum} matters can be applied for at once",
      choosePermit: "Please choose at least one permit matter",
      unknownMatters: "These matters do not exist, are no longer handled or need no application: {codes}",
      premisesTooLong: "The premises address may have at most {maximum} characters",
      duplicate: {
        DRAFT: duplicate("a draft, not submitted yet"),
        SUBMITTED: duplicate("submitted, waiting for the comprehensive window to accept it"),
        RETURNED: duplicate("returned, to be revised and submitted again"),
        ACCEPTED: duplicate("accepted, with the departments for approval"),
        DECIDED: duplicate("decided by the departments, waiting for the results to be issued together"),
      },
    },
    draft: {
      invalid: "The draft's data is not in the right format; please refresh the page and try again",
      submitted: "The application has been submitted; the draft can no longer be changed",
      stale: "The draft was updated on another device or window; please refresh the page to get the latest content before changing it",
    },
    commitment: {
      matterMissing: "The application does not include this matter",
      notOffered: "“{name}” does not use the notification-and-commitment system; please submit the required materials",
      outdated: "The commitment text has been updated; please read the latest commitment before signing it",
      versionInvalid: "The commitment version is not valid; please refresh the page, read the commitment again and sign it",
    },
    material: {
      missing: "The application does not ask for this material",
      missingOrSubmitted: "The application does not ask for this material, or it has been submitted",
      notPendable: "“{name}” is a key material or may not be supplemented later; it must be uploaded before submission",
      heldByGovernment: "“{name}” is obtained from government data sharing; there is no need to upload it",
      chooseFile: "Please choose a file to upload",
      tooLarge: "The file “{name}” is larger than the 5 MB limit; please compress or split it before uploading",
      uploadInvalid: "The upload request is not valid; please refresh the page and try again",
    },
    sign: {
      formChanged: "The form has just been updated and the document may have changed; please check it again before signing",
      notGeneratable: "“{name}” cannot be generated online; please upload a file",
      incomplete: "“{name}” cannot be generated yet: {problems}",
      outdated: "The content of “{name}” has changed with the form; please check it again before signing",
      versionInvalid: "The document version is not valid; please refresh the page, check the document again and sign it",
    },
    submit: {
      invalid: "The submission request is not valid; please refresh the page and try again",
      stale: "The application was updated on another device or window; please refresh the page and check it before submitting",
      statusChanged: "The application's status has changed; please refresh the page",
      commitmentRestricted:
        "“{name}”: your enterprise's credit grade is D (dishonest; credit score {score}), so a commitment cannot replace proof. Please withdraw this commitment and submit the materials",
      commitmentNotOffered: "“{name}” no longer uses the notification-and-commitment system; please withdraw the commitment and submit the materials",
      commitmentOutdated: "The commitment text for “{name}” has been updated; please read it again and sign it",
      pendingRestricted: "“{name}” cannot be supplemented later: your enterprise's credit grade is D (dishonest; credit score {score}); please submit it now",
      pendingNotAllowed: "“{name}” must now be submitted with the application; please upload it",
    },
    documents: {
      resign: "The content of “{name}” has changed with the form; please check it again and sign it",
      sign: "Please check and e-sign the “{name}” the portal wrote, or upload your own document (needed for {matters})",
      upload: "Please upload “{name}” (needed for {matters})",
      fillFirst: "Please fill in “{label}” first",
      capitalNumber: "“{label}”: please enter a number (in 10,000 yuan), e.g. 50",
      capitalSum: "“{label}” must equal the total subscribed by all shareholders ({total} × 10,000 yuan); please check",
      soleNatural: "A “{type}” has exactly one individual shareholder; please check the enterprise type or the shareholder list",
      soleLegal: "A “{type}” has exactly one corporate shareholder; please check the enterprise type or the shareholder list",
      jointVenture: "A “{type}” has two or more shareholders; please check the enterprise type or the shareholder list",
      naturalControlled: "A “{type}” has at least one individual shareholder; please check the enterprise type or the shareholder list",
      supervisorConflict: "A director or senior manager may not also be the supervisor (Company Law); please choose another supervisor",
      scopeTerm: "“{item}” in “{label}” is not a standard business scope term; please use the standard terms (see the business scope terms page)",
      signSize: "“{label}”: please give length × height in metres, e.g. 3×0.8",
      allMustSign:
        "The articles and the shareholder's decision must be signed by every shareholder in person. The portal can write them for e-signing only when there is one shareholder who applies in person; otherwise please upload the documents signed by all shareholders.",
      notLlc:
        "The articles and appointment documents written online are for limited liability companies; other kinds of enterprise please upload their own documents.",
      unverifiable:
        "The identity of {names} cannot be verified online (only the signed-in person's real-name identity and enterprises registered in this city can be); please upload their identity or legal-status documents.",
      verifiedPeople: "Verified online, not needed: the individual shareholder matches the account's real-name identity",
      verifiedCompanies: "Verified online, not needed: {count} corporate shareholder(s) match the enterprise registry",
      verifiedBoth:
        "Verified online, not needed: the individual shareholder matches the account's real-name identity, and {count} corporate shareholder(s) match the enterprise registry",
    },
    withdraw: {
      stale: "The application's status has changed; please refresh the page to see the latest status",
      reasonTooLong: "The reason for withdrawing may have at most {maximum} characters",
      already: "This application has already been withdrawn",
      neverSubmitted: "The draft has not been submitted, so there is nothing to withdraw; you can delete it instead",
      decided: "A department has already decided on this application; it can no longer be withdrawn",
      notWithdrawable: "The application cannot be withdrawn in its current status; please refresh the page to see the latest status",
      versionChanged: "The application's status has changed; please refresh the page and check the latest status before deciding whether to withdraw it",
      taskChanged: "A department has just acted on this application; please refresh the page to see the latest status",
      statusChanged: "The application's status has changed; please refresh the page to see the latest status",
    },
    deleteDraft: {
      notFound: "The draft does not exist",
      submitted: "The application has been submitted and cannot be deleted; if you no longer need it, withdraw it on its progress page",
      everSubmitted: "This application was submitted before (it is being revised after a return) and cannot be deleted; if you no longer need it, withdraw it",
      changed: "The draft's status has changed; please refresh the page",
    },
  },
  notices: {
    submitted: {
      title: "Application submitted",
      body: "Your application has been submitted with {count} matter(s); the comprehensive window will accept it soon.",
    },
    newSubmission: { title: "New application to accept", body: "{applicant} submitted an application with {count} matter(s)." },
    withdrawn: {
      window: {
        title: "The applicant withdrew an application",
        body: "The application for “{matters}” was withdrawn by the applicant; it no longer needs to be accepted or issued. Reason given: {reason}",
      },
      department: {
        title: "The applicant withdrew an application",
        body: "The application for “{matters}” was withdrawn by the applicant; your department's approval task is closed and its time limit has stopped. Reason given: {reason}",
      },
    },
    withdrawnNoReason: {
      window: {
        title: "The applicant withdrew an application",
        body: "The application for “{matters}” was withdrawn by the applicant; it no longer needs to be accepted or issued. The applicant gave no reason.",
      },
      department: {
        title: "The applicant withdrew an application",
        body: "The application for “{matters}” was withdrawn by the applicant; your department's approval task is closed and its time limit has stopped. The applicant gave no reason.",
      },
    },
  },
};

export default applications;
