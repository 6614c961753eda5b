import { describe, expect, it } from "vitest";
import { diffChars, diffLines } from "./text-diff";

const rebuild = (parts: { kind: string; text: string }[], keep: "added" | "removed") =>
  parts
    .filter((p) => p.kind !== keep)
    .map((p) => p.text)
    .join("");

describe("diffChars", () => {
  it("marks only the changed characters of a Chinese sentence", () => {
    const parts = diffChars("承诺办理时限由法定20个工作日压减至5个工作日。", "承诺办理时限由法定20个工作日压减至3个工作日。");
    expect(parts).toEqual([
      { kind: "same", text: "承诺办理时限由法定20个工作日压减至" },
      { kind: "removed", text: "5" },
      { kind: "added", text: "3" },
      { kind: "same", text: "个工作日。" },
    ]);
  });

  it("rebuilds both texts exactly, also for changes in several places", () => {
    const before = "以承诺替代提交食品安全管理制度；营业执照通过数据共享获取；";
    const after = "以承诺替代提交食品安全管理制度和设备清单；营业执照和身份证明通过数据共享获取。";
    const parts = diffChars(before, after);
    expect(rebuild(parts, "added")).toBe(before);
    expect(rebuild(parts, "removed")).toBe(after);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text)).toEqual(["和设备清单", "和身份证明", "。"]);
  });

  it("treats a very long rewrite as removed-then-added instead of aligning it", () => {
    const before = "甲".repeat(600);
    const after = "乙".repeat(600);
    expect(diffChars(before, after)).toEqual([
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ]);
  });

  it("returns nothing changed for equal texts and handles empty sides", () => {
    expect(diffChars("不收费", "不收费")).toEqual([{ kind: "same", text: "不收费" }]);
    expect(diffChars("", "新增")).toEqual([{ kind: "added", text: "新增" }]);
    expect(diffChars("删除", "")).toEqual([{ kind: "removed", text: "删除" }]);
  });
});

describe("diffLines", () => {
  it("finds the inserted and removed conditions, one per line", () => {
    const before = ["有固定的经营场所", "有相应的资金", "建立管理制度"].join("\n");
    const after = ["有固定的经营场所", "建立管理制度", "配备管理人员"].join("\n");
    expect(diffLines(before, after).filter((p) => p.kind !== "same")).toEqual([
      { kind: "removed", text: "有相应的资金" },
      { kind: "added", text: "配备管理人员" },
    ]);
  });
});
