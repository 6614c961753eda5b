// The application's states as a table (DESIGN.md "State machines are tables"): which event moves an
// application from which status to which, and which buttons each role sees in each status. Every use case
// that changes an application's status asks `nextStatus` (and still updates conditionally on the status it
// read — that is the race guard), writes the event row (record-event.ts) in the same transaction, and every
// page that decides which buttons to show asks `availableActions` instead of testing status literals.
// Pure: no database, no clock, usable on server and client.
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";

export type ApplicationEventType =
  /** 提交: the applicant submits the merged form (again, after a return). */
  | "SUBMIT"
  /** 受理 (容缺受理 included): the window accepts and dispatches to every department at once. */
  | "ACCEPT"
  /** 退件: the window returns it with one notice of every problem. */
  | "RETURN"
  /** After a return the applicant revises the same application: it is a draft again. */
  | "REVISE"
  /** The last department decided: it waits for 统一出件. */
  | "SETTLE"
  /** 统一出件. */
  | "ISSUE"
  /** 撤回: the applicant withdraws it before any department decided. */
  | "WITHDRAW"
  /** 联动注销: the enterprise was cancelled, its unfinished applications close. */
  | "CANCEL"
  /** 删除草稿: a draft never submitted is deleted (the row goes; no event row is left). */
  | "DELETE";

/** Where an event leads: a status, or the row's deletion. */
export type StatusTarget = ApplicationStatus | "DELETED";

/**
 * THE table: per status, the events allowed there and where each leads. Anything not listed is refused.
 * A 注销 closes only what never reached a department (a draft, a returned one: lib/registration/authority.ts
 * the CANCEL event); what is under approval runs on to a decision.
 */
export const TRANSITIONS: Readonly<Record<ApplicationStatus, Partial<Record<ApplicationEventType, StatusTarget>>>> = {
  DRAFT: { SUBMIT: "SUBMITTED", WITHDRAW: "WITHDRAWN", DELETE: "DELETED", CANCEL: "WITHDRAWN" },
  SUBMITTED: { ACCEPT: "ACCEPTED", RETURN: "RETURNED", WITHDRAW: "WITHDRAWN" },
  RETURNED: { REVISE: "DRAFT", WITHDRAW: "WITHDRAWN", CANCEL: "WITHDRAWN" },
  ACCEPTED: { SETTLE: "DECIDED", WITHDRAW: "WITHDRAWN" },
  DECIDED: { ISSUE: "ISSUED" },
  ISSUED: {},
  WITHDRAWN: {},
};

export const APPLICATION_STATUSES = Object.keys(TRANSITIONS) as ApplicationStatus[];
export const APPLICATION_EVENTS: readonly ApplicationEventType[] = ["SUBMIT", "ACCEPT", "RETURN", "REVISE", "SETTLE", "ISSUE", "WITHDRAW", "CANCEL", "DELETE"];

/** Where `event` takes an application in `status`, or null when the table does not allow it. */
export function nextStatus(status: ApplicationStatus, event: ApplicationEventType): StatusTarget | null {
  return TRANSITIONS[status][event] ?? null;
}

/** The statuses `event` may start from (what a conditional update's `status: { in }` expects). */
export function statusesFor(event: ApplicationEventType): ApplicationStatus[] {
  return APPLICATION_STATUSES.filter((s) => nextStatus(s, event) !== null);
}

/**
 * Facts beyond the status that some rules need: a draft that was submitted once (being revised after a
 * return) is withdrawn, not deleted; once any department decided, the application can no longer be withdrawn.
 */
export interface StatusFacts {
  submittedAt?: Date | string | null;
  tasks?: readonly { status: string }[];
}

const DECIDED_TASK = ["APPROVED", "REJECTED"];

/** Whether an event the table allows is also allowed by the facts (the same rule the use case checks again). */
export function isAllowed(status: ApplicationStatus, event: ApplicationEventType, facts: StatusFacts = {}): boolean {
  if (nextStatus(status, event) === null) return false;
  const everSubmitted = Boolean(facts.submittedAt);
  if (event === "DELETE") return !everSubmitted;
  if (event === "WITHDRAW") {
    if (status === "DRAFT" && !everSubmitted) return false;
    return !(facts.tasks ?? []).some((t) => DECIDED_TASK.includes(t.status));
  }
  return true;
}

/** The buttons a page shows; each names the event it starts (`edit` continues a draft and changes no status). */
export type ApplicationAction = "edit" | "delete" | "withdraw" | "revise" | "supplement" | "accept" | "return" | "issue";

const EVENT_OF: Partial<Record<ApplicationAction, ApplicationEventType>> = {
  delete: "DELETE",
  withdraw: "WITHDRAW",
  revise: "REVISE",
  accept: "ACCEPT",
  return: "RETURN",
  issue: "ISSUE",
};

const ACTIONS_BY_ROLE: Partial<Record<Role, readonly ApplicationAction[]>> = {
  APPLICANT: ["edit", "delete", "withdraw", "revise", "supplement"],
  WINDOW_OFFICER: ["accept", "return", "issue"],
};

/** Statuses where the applicant still supplies materials (容缺 pending materials, corrections): accepted or decided. */
const SUPPLEMENT_STATUSES: readonly ApplicationStatus[] = ["ACCEPTED", "DECIDED"];

/** What `role` may do with an application in `status` (with the facts some rules need). */
export function availableActions(status: ApplicationStatus, role: Role, facts: StatusFacts = {}): ApplicationAction[] {
  return (ACTIONS_BY_ROLE[role] ?? []).filter((action) => {
    if (action === "edit") return status === "DRAFT";
    if (action === "supplement") return SUPPLEMENT_STATUSES.includes(status);
    const event = EVENT_OF[action];
    return event ? isAllowed(status, event, facts) : false;
  });
}

/** Where the application is in its life, for pages that show a part only in some phases. */
export function isDispatched(status: ApplicationStatus): boolean {
  return status === "ACCEPTED" || status === "DECIDED" || status === "ISSUED";
}
