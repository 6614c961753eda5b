import { describe, expect, it } from "vitest";
import { readReturnNotice } from "./return-notice";

const AT = new Date("2026-11-24T02:00:00Z");

describe("readReturnNotice", () => {
  it("is null for an application never returned", () => {
    expect(readReturnNotice({ returnCount: 0, returnedAt: null, returnProblems: null })).toBeNull();
  });

  it("keeps every problem in order, with the document's name where there is one", () => {
    const returnProblems = [
      { documentKey: "premises.lease", name: "租赁合同", problem: "缺少出租方签章页" },
      { documentKey: null, name: null, problem: "经营场所地址与租赁合同不一致" },
    ];
    expect(readReturnNotice({ returnCount: 2, returnedAt: AT, returnProblems })).toEqual({
      returnedAt: AT,
      problems: [
        { name: "租赁合同", problem: "缺少出租方签章页" },
        { name: null, problem: "经营场所地址与租赁合同不一致" },
      ],
    });
  });

  it("leaves out rows without the words of a problem, and reads anything else as no problems", () => {
    expect(
      readReturnNotice({ returnCount: 1, returnedAt: AT, returnProblems: [null, { name: "租赁合同" }, { name: 3, problem: "看不清" }] })?.problems,
    ).toEqual([{ name: null, problem: "看不清" }]);
    expect(readReturnNotice({ returnCount: 1, returnedAt: AT, returnProblems: "1. 看不清" })).toEqual({ returnedAt: AT, problems: [] });
  });
});
