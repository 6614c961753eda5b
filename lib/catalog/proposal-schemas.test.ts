import { describe, expect, it } from "vitest";
import { makeT, translate } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import en from "@/lib/i18n/messages/en";
import { fieldIdOf, parseProposalForm } from "./proposal-schemas";

const zh = makeT(zhCN);
const english = makeT(en);

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const VALID = {
  matterCode: "FOOD_OPERATION",
  baseVersion: "3",
  name: "食品经营许可",
  legalBasis: "《中华人民共和国食品安全法》第三十五条",
  reformMode: "COMMITMENT",
  reformMeasures: "实行告知承诺。",
  supervisionMeasures: "两个月内现场核查。",
  conditions: "具有经营场所\n配备食品安全管理人员",
  fees: "不收费",
  statutoryDays: "20",
  promisedDays: "0",
  processingType: "INSTANT",
  reason: "压减承诺时限，方便企业",
  "materials.0.documentKey": "premises.lease",
  "materials.0.name": "经营场所使用证明",
  "materials.0.description": "",
  "materials.0.isKey": "on",
  "materials.1.documentKey": "health.certificates",
  "materials.1.name": "从业人员健康证明",
  "materials.1.mayBePending": "on",
};

describe("the proposal form (same parsing in the browser and the server action)", () => {
  it("maps named fields, material rows in order and ticked checkboxes", () => {
    const r = parseProposalForm(form(VALID));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.baseVersion).toBe(3);
    expect(r.data.entry.statutoryDays).toBe(20);
    expect(r.data.entry.materials).toEqual([
      {
        documentKey: "premises.lease",
        name: "经营场所使用证明",
        description: "",
        isKey: true,
        waivableByCommitment: false,
        mayBePending: false,
        heldByGovernment: false,
      },
      {
        documentKey: "health.certificates",
        name: "从业人员健康证明",
        description: "",
        isKey: false,
        waivableByCommitment: false,
        mayBePending: true,
        heldByGovernment: false,
      },
    ]);
  });

  it("says which field is wrong and what to do, in Chinese (and in English), with the id of the control to link to", () => {
    const r = parseProposalForm(
      form({
        ...VALID,
        statutoryDays: "3.5",
        promisedDays: "",
        reformMode: "",
        reason: "短",
        "materials.1.name": "",
        "materials.0.mayBePending": "on",
        conditions: "条".repeat(4001),
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, translate(zh, i.key, i.params)]));
    expect(byPath["entry.statutoryDays"]).toBe("法定时限应为整数（工作日）");
    expect(byPath["entry.promisedDays"]).toBe("承诺时限应为整数（工作日）");
    expect(byPath["entry.reformMode"]).toContain("改革方式应为");
    expect(byPath["entry.materials.1.name"]).toBe("材料名称不能为空");
    expect(byPath["entry.materials.0.mayBePending"]).toBe("关键材料不能容缺后补");
    expect(byPath["entry.conditions"]).toBe("不能超过4000个字，请精简");
    expect(byPath.reason).toContain("调整理由至少5个字");
    expect(Object.values(byPath).every((m) => /[\u4e00-\u9fff]/.test(m))).toBe(true);
    // Every problem is a catalog key with English words too.
    for (const i of r.issues) expect(translate(english, i.key, i.params), i.key).toMatch(/^[^\u4e00-\u9fff]+$/);
    expect(translate(english, r.issues.find((i) => i.path === "entry.conditions")!.key, r.issues.find((i) => i.path === "entry.conditions")!.params)).toBe(
      "At most 4000 characters: please shorten it",
    );
    expect(fieldIdOf("entry.materials.1.name")).toBe("f-entry-materials-1-name");
  });

  it("reads CRLF line breaks (as browsers submit textareas) as the stored \\n", () => {
    const r = parseProposalForm(form({ ...VALID, conditions: "具有经营场所\r\n配备食品安全管理人员" }));
    expect(r.ok && r.data.entry.conditions).toBe("具有经营场所\n配备食品安全管理人员");
  });

  it("does not take 1e1 or 0x10 for a number of working days", () => {
    for (const typed of ["1e1", "0x10", "-1", " "]) {
      const r = parseProposalForm(form({ ...VALID, statutoryDays: typed }));
      expect(r.ok, typed).toBe(false);
    }
  });
});
