import { describe, expect, it } from "vitest";
import { localizeNoticeParams } from "./notice-params";

describe("localizeNoticeParams", () => {
  it("leaves Chinese readers' parameters as stored", () => {
    const params = { department: "上海市金山区烟草专卖局", matters: "“烟草专卖零售许可”", count: 2 };
    expect(localizeNoticeParams(params, "zh-CN")).toBe(params);
  });

  it("translates the department, the quoted matters and the materials, keeping the rest", () => {
    expect(
      localizeNoticeParams(
        {
          department: "上海市金山区市场监督管理局",
          matters: "“企业设立登记（营业执照）”、“酒类商品零售许可”",
          names: "经营场所照片",
          count: 3,
          reason: "材料不全",
        },
        "en",
      ),
    ).toEqual({
      department: "Jinshan District Administration for Market Regulation",
      matters: "“Company registration (business licence)”, “Liquor retail licence”",
      names: expect.not.stringMatching(/[\u4e00-\u9fff]/),
      count: 3,
      reason: "材料不全",
    });
  });

  it("keeps a name it has no translation for", () => {
    expect(localizeNoticeParams({ department: "某某局", matters: "“未知事项”" }, "en")).toEqual({ department: "某某局", matters: "“未知事项”" });
  });
});
