// English — lib/approvals: its errors and its inbox messages (mirrors zh-CN/domain/approvals.ts).
import type { Messages } from "../../zh-CN";

const approvals: Messages["domain"]["approvals"] = {
  errors: {
    // Officer and applicant views (HG): reading an application, a task or a file.
    view: {
      applicationNotFound: "Application not found",
      staleApplication: "The application's status has changed (another officer may have handled it). Please refresh the page to see its current status",
      taskNotFound: "Approval task not found",
      noDepartment: "Your account is not linked to an approving department. Please contact the administrator",
      materialNotFound: "File not found",
      materialGone: "The file is no longer in storage. Please contact the administrator",
    },
    input: {
      idMissing: "The reference is missing",
      idInvalid: "The reference is not valid",
      stale: "The request is not valid; refresh the page and try again",
      documentInvalid: "The document reference is not valid; refresh the page",
      tooManyDocuments: "At most {maximum} documents can be checked at once",
      pendingDays: "The deadline to supply materials later must be 1 to 30 working days",
      problemRequired: "Describe the problem",
      problemTooLong: "Each problem may have at most {maximum} characters",
      noProblems: "A return notice must state every problem: at least one",
      tooManyProblems: "A return notice may list at most {maximum} problems",
      chooseAction: "Choose what to do",
      reasonInvalid: "The explanation is not valid",
      reasonTooLong: "The explanation may have at most {maximum} characters",
      rejectReason: "A refusal must state its reasons and legal basis",
      correctionReason: "State what the applicant must correct",
      answerRequired: "Explain your correction",
      answerTooLong: "The explanation of the correction may have at most {maximum} characters",
    },
    accept: {
      foreignDocument: "A checked document does not belong to this application; refresh the page",
      notPendable: "{names}: key materials, or materials that may not follow later, cannot be supplied later; return the application if something is wrong",
      creditRestricted:
        "Cannot accept with materials to follow: the enterprise's credit grade is D (dishonest; credit score {score}), because of: {factors}. Every material must be submitted by the ordinary procedure",
      incomplete: "The materials are incomplete and the application cannot be accepted (return it with one notice of every problem)",
    },
    return: {
      foreignDocument: "A problem in the return notice names a document that does not belong to this application; refresh the page",
    },
    issue: {
      pendingAwaited:
        "Materials accepted to follow later have not been supplied yet: {names}. The results can be issued once they are supplied (or their deadline has passed)",
      nameTakenExact:
        "The enterprise name “{name}” is already registered by another enterprise: it was registered after this application was accepted, so the results cannot be issued; contact the applicant",
      nameTakenSimilar:
        "The enterprise name “{name}” is in substance the same as the registered “{other}” (it differs only in full- or half-width characters, spaces, punctuation or the form of organisation): it was registered after this application was accepted, so the results cannot be issued; contact the applicant",
      nameTakenPendingChange:
        "The enterprise name “{name}” is the same as or similar to “{other}”, which another enterprise has applied to change its name to: it was registered after this application was accepted, so the results cannot be issued; contact the applicant",
    },
    task: {
      noDepartment: "Your account is not assigned to an approving department; contact the administrator",
      notFound: "The approval task does not exist",
      takenNow: "Someone else has already handled this task; refresh the page to see where it stands",
      taken: {
        PENDING: "Someone else has already handled this task (now: to be handled); refresh the page to see where it stands",
        IN_REVIEW: "Someone else has already handled this task (now: under review); refresh the page to see where it stands",
        CORRECTION_REQUESTED:
          "Someone else has already handled this task (now: waiting for the applicant's correction); refresh the page to see where it stands",
        ONSITE_CHECK: "Someone else has already handled this task (now: on-site inspection); refresh the page to see where it stands",
        APPROVED: "Someone else has already handled this task (now: permit granted); refresh the page to see where it stands",
        REJECTED: "Someone else has already handled this task (now: permit refused); refresh the page to see where it stands",
        WITHDRAWN: "Someone else has already handled this task (now: withdrawn by the applicant); refresh the page to see where it stands",
      },
      notAllowed: {
        PENDING: "The task is “to be handled”: this step is not possible now",
        IN_REVIEW: "The task is “under review”: this step is not possible now",
        CORRECTION_REQUESTED: "The task is “waiting for the applicant's correction”: this step is not possible now",
        ONSITE_CHECK: "The task is “on-site inspection”: this step is not possible now",
        APPROVED: "The task is “permit granted”: this step is not possible now",
        REJECTED: "The task is “permit refused”: this step is not possible now",
        WITHDRAWN: "The task is “withdrawn by the applicant”: this step is not possible now",
      },
    },
    correction: {
      notFound: "The correction request does not exist",
      answered: "This correction request has already been answered; refresh the page",
      ended: "The department has finished with this matter and needs no correction; refresh the page",
    },
    supplement: {
      notAwaited: "This material is not awaited (it may have been supplied already or be overdue)",
      late: "The deadline to supply it has passed and the acceptance with materials to follow has ended; contact the service window",
      gone: "This material has already been supplied or is overdue; refresh the page",
    },
  },
  notices: {
    accepted: { title: "Application accepted", body: "Your application has been accepted and sent to {count} approving departments at once." },
    acceptedWithPending: {
      title: "Application accepted",
      body: "Your application has been accepted and sent to {count} approving departments at once. Please supply {names} by {deadline} (accepted with materials to follow).",
    },
    newTask: { title: "New approval task", body: "The service window has dispatched an application to you; please handle it within the time limit." },
    returned: {
      title: "Application returned (one notice of every problem)",
      body: "Please revise it as the following {count} points say and submit it again:\n{problems}",
    },
    readyToIssue: { title: "Application ready to issue", body: "Every department has decided on an application; please issue the results together." },
    issued: { title: "Results issued", body: "{count} issued:\n{lines}" },
    issuedWithRejected: { title: "Results issued", body: "{count} issued, {rejected} not granted (reasons below):\n{lines}" },
    issuedLines: {
      issued: "✔ {matter}: {kind} {number}",
      rejected: "✘ {matter}: {reason}",
      notGranted: "Not granted",
      noHolder: "The business licence was not granted, so nothing can be issued for this matter",
    },
    taskApproved: { title: "{department} granted the permit", body: "{matters}: granted; the service window will issue the results together." },
    taskRejected: { title: "{department} refused the permit", body: "{matters}: refused. Reason: {reason}" },
    correctionRequested: {
      title: "{department} asks you for a correction",
      body: "{matters} needs a correction: {reason} (the time limit is paused meanwhile)",
    },
    onsite: { title: "{department} will inspect on site", body: "{matters} needs an on-site inspection." },
    onsiteWithNote: { title: "{department} will inspect on site", body: "{matters} needs an on-site inspection: {reason}." },
    correctionAnswered: { title: "The applicant has corrected", body: "The applicant answered the correction request: {answer}. The time limit runs again." },
    correctionAnsweredWithFile: {
      title: "The applicant has corrected",
      body: "The applicant answered the correction request: {answer} (attachment: {fileName}). The time limit runs again.",
    },
    supplemented: { title: "Material supplied", body: "The applicant supplied “{name}” ({fileName})." },
    pendingEnded: {
      title: "Acceptance with materials to follow ended",
      body: "{names} was not supplied in time, so the acceptance with materials to follow has ended and {matters} is not granted. Apply again if you still need it.",
    },
    pendingEndedNoMatters: {
      title: "Acceptance with materials to follow ended",
      body: "{names} was not supplied in time, so the acceptance with materials to follow has ended and the matters concerned are not granted. Apply again if you still need them.",
    },
    pendingOverdue: {
      title: "Material to follow is overdue",
      body: "{names} was not supplied in time, so the acceptance with materials to follow has ended; {matters} has ended.",
    },
    pendingOverdueNoMatters: {
      title: "Material to follow is overdue",
      body: "{names} was not supplied in time, so the acceptance with materials to follow has ended; the matters concerned have ended.",
    },
    taskDueSoon: { title: "Approval task due soon", body: "An approval task must be completed by {due}." },
    taskDueSoonStatutory: { title: "Approval task due soon", body: "An approval task must be completed by {due} (statutory limit {statutory})." },
    taskOverdue: {
      title: "Approval task past its promised time limit",
      body: "An approval task's promised completion day {due} has passed; please handle it now.",
    },
    taskOverdueStatutory: {
      title: "Approval task past its promised time limit",
      body: "An approval task's promised completion day {due} has passed (statutory limit {statutory}); please handle it now.",
    },
  },
};

export default approvals;
