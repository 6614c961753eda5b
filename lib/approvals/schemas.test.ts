// The window's check form and a department's step as the actions parse them: what the officer is told, on
// which field, in Chinese and in English (every message is a catalog key).
import { describe, expect, it } from "vitest";
import { issueOf } from "@/lib/errors";
import { translate } from "@/lib/i18n/core";
import { english, zh } from "@/tests/support/messages";
import { readWindowCheck, ZAcceptCheck, ZDecideTask, ZReturnCheck } from "./schemas";

/** The form as check-form.tsx sends it. */
function form(fields: Record<string, string>, docs: string[]): FormData {
  const data = new FormData();
  data.set("applicationId", "app-1");
  data.set("expectedVersion", "3");
  for (const d of docs) data.append("doc", d);
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** Each problem by its field, in both languages. */
function problems(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] } }) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => {
    const i = issueOf(issue);
    return { path: i.path, zh: translate(zh, i.key, i.params), en: translate(english, i.key, i.params) };
  });
}

describe("the window's check (ZAcceptCheck / ZReturnCheck)", () => {
  it("accepts when every document is complete or to follow, with the days to supplement", () => {
    const r = ZAcceptCheck.safeParse(readWindowCheck(form({ "verdict:a": "ok", "verdict:b": "pending", pendingDays: "10" }, ["a", "b"])));
    expect(r).toEqual({
      success: true,
      data: {
        applicationId: "app-1",
        expectedVersion: 3,
        documents: [
          { documentKey: "a", verdict: "ok" },
          { documentKey: "b", verdict: "pending" },
        ],
        pendingDays: 10,
      },
    });
  });

  it("a document without a verdict: told once with the count, and on each such document; nothing else is said", () => {
    const data = readWindowCheck(form({ "verdict:a": "problem", pendingDays: "" }, ["a", "b", "c"]));
    for (const schema of [ZAcceptCheck, ZReturnCheck]) {
      expect(problems(schema.safeParse(data))).toEqual([
        { path: "", zh: "还有 2 项材料未选择核对结果，请逐项核对。", en: "2 document(s) have no result yet; check each one." },
        { path: "verdict:b", zh: "请选择核对结果", en: "Choose a result" },
        { path: "verdict:c", zh: "请选择核对结果", en: "Choose a result" },
      ]);
    }
  });

  it("accepting refuses a problem (it goes into a return) and days outside 1–30", () => {
    expect(problems(ZAcceptCheck.safeParse(readWindowCheck(form({ "verdict:a": "problem", pendingDays: "10" }, ["a"])))).map((p) => p.zh)).toEqual([
      "有材料标记为“有问题”，不能受理；请退件。",
    ]);
    for (const days of ["0", "31", "2.5", "", "x"]) {
      expect(problems(ZAcceptCheck.safeParse(readWindowCheck(form({ "verdict:a": "ok", pendingDays: days }, ["a"]))))).toEqual([
        { path: "pendingDays", zh: "补交期限须为 1 至 30 个工作日", en: "The deadline to supply materials later must be 1 to 30 working days" },
      ]);
    }
  });

  it("a return lists every problem in one notice: each marked document with its text, then each other line", () => {
    const data = readWindowCheck(
      form({ "verdict:a": "problem", "problem:a": " 缺签章页 ", "verdict:b": "ok", otherProblems: "门牌号不一致\n\n 请补平面图 " }, ["a", "b"]),
    );
    expect(ZReturnCheck.parse(data)).toEqual({
      applicationId: "app-1",
      expectedVersion: 3,
      problems: [{ documentKey: "a", problem: "缺签章页" }, { problem: "门牌号不一致" }, { problem: "请补平面图" }],
    });
  });

  it("a return says on its field what is wrong with a problem, and refuses a notice without any", () => {
    const tooLong = "长".repeat(501);
    expect(problems(ZReturnCheck.safeParse(readWindowCheck(form({ "verdict:a": "problem", otherProblems: tooLong }, ["a"]))))).toEqual([
      { path: "problem:a", zh: "请写明问题", en: "Describe the problem" },
      { path: "otherProblems", zh: "每条问题不超过 500 字", en: "Each problem may have at most 500 characters" },
    ]);
    expect(problems(ZReturnCheck.safeParse(readWindowCheck(form({ "verdict:a": "ok" }, ["a"]))))).toEqual([
      { path: "problems", zh: "退件通知必须写明全部问题，至少一条", en: "A return notice must state every problem: at least one" },
    ]);
  });

  it("a stale or missing version is refused as a request to refresh", () => {
    const data = readWindowCheck(form({ "verdict:a": "ok", pendingDays: "5", expectedVersion: "" }, ["a"]));
    expect(problems(ZAcceptCheck.safeParse(data))).toEqual([
      { path: "expectedVersion", zh: "请求无效，请刷新页面后重试", en: "The request is not valid; refresh the page and try again" },
    ]);
  });
});

describe("a department's step (ZDecideTask)", () => {
  const base = { taskId: "t-1", expectedVersion: "2" };
  it("reads the form's version and trims the reason", () => {
    expect(ZDecideTask.parse({ ...base, action: "approve" })).toEqual({ taskId: "t-1", expectedVersion: 2, action: "approve", reason: "" });
  });
  it("a refusal needs its reasons, a correction what to correct, and a step must be chosen", () => {
    expect(problems(ZDecideTask.safeParse({ ...base, action: "reject", reason: "  " }))).toEqual([
      { path: "reason", zh: "不予许可必须写明理由和依据", en: "A refusal must state its reasons and legal basis" },
    ]);
    expect(problems(ZDecideTask.safeParse({ ...base, action: "correction" }))).toEqual([
      { path: "reason", zh: "请写明需要申请人补正的内容", en: "State what the applicant must correct" },
    ]);
    expect(problems(ZDecideTask.safeParse({ ...base }))).toEqual([{ path: "action", zh: "请选择处理方式", en: "Choose what to do" }]);
    expect(problems(ZDecideTask.safeParse({ ...base, action: "approve", reason: "说".repeat(2001) }))).toEqual([
      { path: "reason", zh: "说明不超过 2000 字", en: "The explanation may have at most 2000 characters" },
    ]);
  });
});
