import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { APPLICATION_EVENTS, APPLICATION_STATUSES, availableActions, isAllowed, isDispatched, nextStatus, statusesFor, TRANSITIONS } from "./status-rules";

describe("the application status table", () => {
  it("moves an application along the reform's path and nowhere else", () => {
    expect(nextStatus("DRAFT", "SUBMIT")).toBe("SUBMITTED");
    expect(nextStatus("SUBMITTED", "ACCEPT")).toBe("ACCEPTED");
    expect(nextStatus("SUBMITTED", "RETURN")).toBe("RETURNED");
    expect(nextStatus("RETURNED", "REVISE")).toBe("DRAFT");
    expect(nextStatus("ACCEPTED", "SETTLE")).toBe("DECIDED");
    expect(nextStatus("DECIDED", "ISSUE")).toBe("ISSUED");
    expect(nextStatus("DRAFT", "DELETE")).toBe("DELETED");
    // refused: skipping the window, issuing before every decision, anything after the end
    expect(nextStatus("DRAFT", "ACCEPT")).toBeNull();
    expect(nextStatus("ACCEPTED", "ISSUE")).toBeNull();
    expect(nextStatus("SUBMITTED", "SUBMIT")).toBeNull();
    expect(nextStatus("DECIDED", "WITHDRAW")).toBeNull();
  });

  it("ends in ISSUED and WITHDRAWN: no event leaves them", () => {
    for (const end of ["ISSUED", "WITHDRAWN"] as const) for (const event of APPLICATION_EVENTS) expect(nextStatus(end, event)).toBeNull();
  });

  it("reaches every status from a draft", () => {
    const seen = new Set<string>(["DRAFT"]);
    const queue: ApplicationStatus[] = ["DRAFT"];
    while (queue.length) {
      const from = queue.shift() as ApplicationStatus;
      for (const to of Object.values(TRANSITIONS[from]))
        if (to !== "DELETED" && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
    }
    expect([...seen].sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it("names the statuses an event starts from, for the conditional update", () => {
    expect(statusesFor("WITHDRAW").sort()).toEqual(["ACCEPTED", "DRAFT", "RETURNED", "SUBMITTED"]);
    expect(statusesFor("ACCEPT")).toEqual(["SUBMITTED"]);
    expect(statusesFor("CANCEL").sort()).toEqual(["DRAFT", "RETURNED"]);
  });
});

describe("rules beyond the status", () => {
  it("deletes only a draft never submitted; withdraws one being revised after a return", () => {
    expect(isAllowed("DRAFT", "DELETE", {})).toBe(true);
    expect(isAllowed("DRAFT", "DELETE", { submittedAt: new Date() })).toBe(false);
    expect(isAllowed("DRAFT", "WITHDRAW", {})).toBe(false);
    expect(isAllowed("DRAFT", "WITHDRAW", { submittedAt: new Date() })).toBe(true);
  });

  it("refuses a withdrawal once any department has decided", () => {
    expect(isAllowed("ACCEPTED", "WITHDRAW", { submittedAt: new Date(), tasks: [{ status: "IN_REVIEW" }] })).toBe(true);
    expect(isAllowed("ACCEPTED", "WITHDRAW", { submittedAt: new Date(), tasks: [{ status: "IN_REVIEW" }, { status: "APPROVED" }] })).toBe(false);
    expect(isAllowed("ACCEPTED", "WITHDRAW", { submittedAt: new Date(), tasks: [{ status: "REJECTED" }] })).toBe(false);
  });
});

describe("which buttons a page shows", () => {
  const submitted = { submittedAt: new Date("2026-12-01T02:00:00Z") };
  it("shows the applicant delete for a fresh draft, withdraw while nothing is decided, nothing at the end", () => {
    expect(availableActions("DRAFT", "APPLICANT")).toEqual(["edit", "delete"]);
    expect(availableActions("DRAFT", "APPLICANT", submitted)).toEqual(["edit", "withdraw"]);
    expect(availableActions("SUBMITTED", "APPLICANT", submitted)).toEqual(["withdraw"]);
    expect(availableActions("RETURNED", "APPLICANT", submitted)).toEqual(["withdraw", "revise"]);
    expect(availableActions("ACCEPTED", "APPLICANT", { ...submitted, tasks: [{ status: "IN_REVIEW" }] })).toEqual(["withdraw", "supplement"]);
    expect(availableActions("ACCEPTED", "APPLICANT", { ...submitted, tasks: [{ status: "APPROVED" }] })).toEqual(["supplement"]);
    expect(availableActions("ISSUED", "APPLICANT", submitted)).toEqual([]);
    expect(availableActions("WITHDRAWN", "APPLICANT", submitted)).toEqual([]);
  });

  it("shows the window accept and return for a submitted application, issue once every department decided", () => {
    expect(availableActions("SUBMITTED", "WINDOW_OFFICER", submitted)).toEqual(["accept", "return"]);
    expect(availableActions("ACCEPTED", "WINDOW_OFFICER", submitted)).toEqual([]);
    expect(availableActions("DECIDED", "WINDOW_OFFICER", submitted)).toEqual(["issue"]);
    expect(availableActions("DRAFT", "WINDOW_OFFICER")).toEqual([]);
  });

  it("shows nothing to a role the table does not name", () => {
    for (const status of APPLICATION_STATUSES) {
      expect(availableActions(status, "REGULATOR", submitted)).toEqual([]);
      expect(availableActions(status, "DEPT_OFFICER", submitted)).toEqual([]);
    }
  });

  it("knows when the departments have the application", () => {
    expect(APPLICATION_STATUSES.filter(isDispatched).sort()).toEqual(["ACCEPTED", "DECIDED", "ISSUED"]);
  });
});
