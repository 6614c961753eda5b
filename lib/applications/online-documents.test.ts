import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fields } from "@/prisma/seed/data/fields";
import { makeResidentId } from "@/lib/ids/resident-id";
import { makeUscc } from "@/lib/ids/uscc";
import type { FieldValue } from "@/lib/forms/field-values";
import type { FieldDef } from "@/lib/forms/merge-form";
import { buildOnlineDocument, type OnlineOutcome } from "@/lib/applications/online-documents";
import { scopeTerms } from "@/prisma/seed/data/scope-terms";
import { GENERAL_NOTE, LICENSED_NOTE } from "@/lib/scope/derive-scope";

const dictionary = new Map<string, FieldDef>(
  fields.map((f, i) => [
    f.key,
    { key: f.key, label: f.label, topic: f.topic, type: f.type, options: f.options ?? null, prefillSource: f.prefillSource, sortOrder: i },
  ]),
);
const label = (key: string): string => {
  const l = dictionary.get(key)?.label;
  if (!l) throw new Error(`${key} missing from the field dictionary`);
  return l;
};

const RID_A = makeResidentId("31011619800101123");
const RID_B = makeResidentId("31011619850615234");
const USCC_A = makeUscc("91310116MA1ABC34D");
const BAD_18 = `${RID_A.slice(0, 17)}${RID_A.endsWith("5") ? "6" : "5"}`;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

type Values = Record<string, FieldValue>;
/** Signed in as 张伟 (RID_A, 实名认证); USCC_A is a registered enterprise. */
const SIGNER = { name: "张伟", idNumber: RID_A };
const REGISTERED = new Map([[USCC_A, "上海某某投资有限公司"]]);
const SCOPE_TERMS = scopeTerms.map((t) => ({ code: t.code, name: t.name, isLicensed: t.isLicensed, matterCodes: t.matterCodes }));
const ctx = (values: Values, signer: { name: string; idNumber: string } | null = SIGNER) => ({
  values,
  dictionary,
  signer,
  registered: REGISTERED,
  scopeTerms: SCOPE_TERMS,
});
const build = (key: string, values: Values) => buildOnlineDocument(key, ctx(values));

/** A complete one-person limited company. */
const company = (): Values => ({
  "subject.entityType": "llc-natural-sole",
  "subject.name": "上海金山示例商贸有限公司",
  "subject.address": "上海市金山区朱泾镇新农路88号",
  "subject.businessScope": "日用百货销售；食品销售（仅销售预包装食品）",
  "subject.registeredCapital": "25.5",
  "subject.operatingTerm": "long-term",
  "subject.shareholders": `张伟 ${RID_A} 25.5万元`,
  "subject.legalRep.name": "张伟",
  "subject.supervisor.name": "李娜",
});

/** Two shareholders: 50 + 25.5 万元 = 75.5 万元. */
const twoShareholders = (): Values => ({
  ...company(),
  "subject.entityType": "llc-natural-controlled",
  "subject.registeredCapital": "75.5",
  "subject.shareholders": `张伟 ${RID_A} 50\n上海某某投资有限公司，${USCC_A}，25.5`,
});

function ready(outcome: ReturnType<typeof buildOnlineDocument>): Extract<OnlineOutcome, { status: "ready" }> {
  expect(outcome?.status).toBe("ready");
  if (outcome?.status !== "ready") throw new Error(JSON.stringify(outcome));
  return outcome;
}
function problemsOf(outcome: ReturnType<typeof buildOnlineDocument>): string[] {
  expect(outcome?.status).toBe("incomplete");
  if (outcome?.status !== "incomplete") throw new Error(JSON.stringify(outcome));
  return outcome.problems;
}

describe("articles.draft (公司章程)", () => {
  it("is ready for a complete one-person limited company and says what the form says", () => {
    const out = build("articles.draft", company());
    expect(out?.kind).toBe("generated");
    const doc = ready(out);
    expect(doc.title).toBe("上海金山示例商贸有限公司章程");
    const t = doc.text;
    expect(t.split("\n")[0]).toBe("上海金山示例商贸有限公司章程");
    expect(t).toContain("公司名称：上海金山示例商贸有限公司。");
    expect(t).toContain("公司住所：上海市金山区朱泾镇新农路88号。");
    // The scope as the registry writes it: general items under 一般项目, in catalog order, with its closing words.
    expect(t).toContain(`经营范围（以登记机关登记的为准）：一般项目：食品销售（仅销售预包装食品）；日用百货销售。${GENERAL_NOTE}`);
    expect(t).not.toContain("许可项目");
    expect(t).toContain("注册资本为人民币25.5万元。");
    expect(t).toContain("1. 张伟，认缴出资25.5万元。");
    expect(t).toContain("设董事一名，由张伟担任");
    expect(t).toContain("法定代表人由董事担任，即张伟。");
    expect(t).toContain("设监事一名，由李娜担任。");
    expect(t.split("\n").at(-1)).toBe("股东：张伟");
    // Option labels, never the stored values.
    expect(t).toContain("公司类型：有限责任公司（自然人独资）。");
    expect(t).toContain("公司营业期限：长期。");
    expect(t).not.toContain("llc-natural-sole");
    expect(t).not.toContain("long-term");
    // The ID number is not printed in the articles.
    expect(t).not.toContain(RID_A);
  });

  it("is written only when the single shareholder is the signed-in applicant: every shareholder must sign", () => {
    for (const key of ["articles.draft", "appointment"]) {
      for (const out of [
        build(key, twoShareholders()),
        buildOnlineDocument(key, ctx(company(), null)),
        buildOnlineDocument(key, ctx(company(), { name: "张伟", idNumber: RID_B })),
        buildOnlineDocument(key, ctx(company(), { name: "张玮", idNumber: RID_A })),
      ]) {
        expect(out?.status, key).toBe("unavailable");
        if (out?.status === "unavailable") expect(out.reason).toContain("全体股东本人签署");
      }
    }
  });

  it("shows another operating term by its label", () => {
    const t = ready(build("articles.draft", { ...company(), "subject.operatingTerm": "20y" })).text;
    expect(t).toContain("公司营业期限：20年。");
  });

  it("trims the values it prints", () => {
    const t = ready(
      build("articles.draft", { ...company(), "subject.name": "  上海金山示例商贸有限公司 ", "subject.address": " 上海市金山区朱泾镇新农路88号\n" }),
    ).text;
    expect(t).toContain("公司名称：上海金山示例商贸有限公司。");
    expect(t).toContain("公司住所：上海市金山区朱泾镇新农路88号。");
  });

  it("textHash is the SHA-256 (hex) of the exact text", () => {
    const doc = ready(build("articles.draft", company()));
    expect(doc.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.textHash).toBe(sha256(doc.text));
  });

  it("the same form gives the same text and hash; another address another hash", () => {
    const a = ready(build("articles.draft", company()));
    const b = ready(build("articles.draft", company()));
    expect(b.text).toBe(a.text);
    expect(b.textHash).toBe(a.textHash);
    const moved = ready(build("articles.draft", { ...company(), "subject.address": "上海市金山区石化街道卫零路1号" }));
    expect(moved.text).toContain("公司住所：上海市金山区石化街道卫零路1号。");
    expect(moved.textHash).not.toBe(a.textHash);
    expect(moved.textHash).toBe(sha256(moved.text));
  });

  it.each([
    "subject.entityType",
    "subject.name",
    "subject.address",
    "subject.businessScope",
    "subject.registeredCapital",
    "subject.operatingTerm",
    "subject.shareholders",
    "subject.legalRep.name",
    "subject.supervisor.name",
  ])("is incomplete without %s, naming the field", (key) => {
    const values = company();
    delete values[key];
    expect(problemsOf(build("articles.draft", values))).toContain(`请先填写“${label(key)}”`);
  });

  it("a blank value counts as missing", () => {
    expect(problemsOf(build("articles.draft", { ...company(), "subject.name": "   " }))).toContain(`请先填写“${label("subject.name")}”`);
    expect(problemsOf(build("articles.draft", { ...company(), "subject.shareholders": " \n \n" }))).toContain(`请先填写“${label("subject.shareholders")}”`);
  });

  it("lists every missing field at once", () => {
    const problems = problemsOf(build("articles.draft", { "subject.entityType": "llc-natural-sole" }));
    for (const key of [
      "subject.name",
      "subject.address",
      "subject.businessScope",
      "subject.registeredCapital",
      "subject.operatingTerm",
      "subject.shareholders",
      "subject.legalRep.name",
      "subject.supervisor.name",
    ]) {
      expect(problems).toContain(`请先填写“${label(key)}”`);
    }
  });

  it("a registered capital other than the shareholders' sum is a problem that gives the sum, in 万元", () => {
    const problems = problemsOf(build("articles.draft", { ...company(), "subject.registeredCapital": "25" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`“${label("subject.registeredCapital")}”`);
    expect(label("subject.registeredCapital")).toBe("注册资本（万元）");
    expect(problems[0]).toContain("认缴出资额之和（25.5万元）");
  });

  it("the capital is in 万元, like the shareholder list, and compared to the 元", () => {
    expect(build("articles.draft", { ...company(), "subject.registeredCapital": "25.50" })?.status).toBe("ready");
    // The same amount in 元 is not the same capital: one unit across the form.
    expect(problemsOf(build("articles.draft", { ...company(), "subject.registeredCapital": "255000" }))[0]).toContain("认缴出资额之和");
    expect(problemsOf(build("articles.draft", { ...company(), "subject.registeredCapital": "25.5001" }))[0]).toContain("认缴出资额之和");
    // Exact to the fen: 0.40 元 (0.00004 万元) more is not the same capital.
    expect(problemsOf(build("articles.draft", { ...company(), "subject.registeredCapital": "25.500040" }))[0]).toContain("认缴出资额之和");
  });

  it("the scope is printed in the registry's form; licensed items first, each group with its closing words", () => {
    const t = ready(build("articles.draft", { ...company(), "subject.businessScope": "日用百货销售；酒类经营；烟草制品零售" })).text;
    expect(t).toContain(`经营范围（以登记机关登记的为准）：许可项目：酒类经营；烟草制品零售。${LICENSED_NOTE}一般项目：日用百货销售。${GENERAL_NOTE}`);
    // Already in the registry's form: printed the same.
    const again = ready(
      build("articles.draft", {
        ...company(),
        "subject.businessScope": `许可项目：酒类经营；烟草制品零售。${LICENSED_NOTE}一般项目：日用百货销售。${GENERAL_NOTE}`,
      }),
    ).text;
    expect(again).toBe(t);
  });

  it("a scope item that is not a standard term is a problem naming it, never signed", () => {
    const problems = problemsOf(build("articles.draft", { ...company(), "subject.businessScope": "日用百货销售；卖东西" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("“卖东西”不是经营范围规范表述");
  });

  it("a shareholder line problem is passed on with its line number", () => {
    const problems = problemsOf(build("articles.draft", { ...company(), "subject.shareholders": `张伟 ${RID_A} 25.5\n李娜 ${BAD_18} 10` }));
    expect(problems.some((p) => p.startsWith("第2行") && p.includes("校验不通过"))).toBe(true);
  });

  it("the legal representative (director) cannot also be the supervisor", () => {
    const problems = problemsOf(build("articles.draft", { ...company(), "subject.supervisor.name": "张伟" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("兼任监事");
  });

  it.each(["partnership", "sole-proprietorship", "jsc-unlisted"])("is unavailable for entity type %s, even when incomplete", (entityType) => {
    const complete = build("articles.draft", { ...company(), "subject.entityType": entityType });
    expect(complete?.status).toBe("unavailable");
    expect(complete?.kind).toBe("generated");
    if (complete?.status === "unavailable") expect(complete.reason).toContain("有限责任公司");
    expect(build("articles.draft", { "subject.entityType": entityType })?.status).toBe("unavailable");
  });
});

describe("articles.draft: company-law checks", () => {
  it("a one-shareholder company has no 股东会 (公司法 第六十条)", () => {
    const one = ready(build("articles.draft", company())).text;
    expect(one).toContain("公司不设股东会");
    expect(one).not.toContain("股东会由全体股东组成");
  });

  it("the entity type must fit the shareholders, in both documents", () => {
    for (const key of ["articles.draft", "appointment"]) {
      expect(
        problemsOf(build(key, { ...company(), "subject.entityType": "llc-domestic-jv" })).some((p) => p.includes("两位以上股东")),
        key,
      ).toBe(true);
      expect(
        problemsOf(build(key, { ...company(), "subject.entityType": "llc-legal-person-sole" })).some((p) => p.includes("企业（法人）股东")),
        key,
      ).toBe(true);
      expect(
        problemsOf(build(key, { ...company(), "subject.supervisor.name": "张伟" })).some((p) => p.includes("兼任监事")),
        key,
      ).toBe(true);
    }
  });

  it("an empty capital is only missing; a non-numeric one is named, never 'ready'", () => {
    const empty = problemsOf(build("articles.draft", { ...company(), "subject.registeredCapital": "" }));
    expect(empty).toEqual([`请先填写“${label("subject.registeredCapital")}”`]);
    const words = problemsOf(build("articles.draft", { ...company(), "subject.registeredCapital": "二十五万" }));
    expect(words.some((p) => p.includes("请填写数字"))).toBe(true);
  });
});

describe("appointment (股东决定)", () => {
  it("one shareholder: a 股东决定 signed by that shareholder", () => {
    const doc = ready(build("appointment", company()));
    expect(doc.title).toBe("上海金山示例商贸有限公司股东决定");
    expect(doc.title.endsWith("股东决定")).toBe(true);
    expect(doc.text).toContain("公司股东决定：");
    expect(doc.text).toContain("委派张伟为公司董事，兼任公司经理，担任公司法定代表人。");
    expect(doc.text).toContain("委派李娜为公司监事。");
    expect(doc.text.split("\n").at(-1)).toBe("股东：张伟");
    expect(doc.textHash).toBe(sha256(doc.text));
  });

  it("does not need the capital, address, scope or term", () => {
    const values = company();
    for (const k of ["subject.registeredCapital", "subject.address", "subject.businessScope", "subject.operatingTerm"]) delete values[k];
    expect(build("appointment", values)?.status).toBe("ready");
  });

  it.each(["subject.entityType", "subject.name", "subject.shareholders", "subject.legalRep.name", "subject.supervisor.name"])(
    "is incomplete without %s",
    (key) => {
      const values = company();
      delete values[key];
      expect(problemsOf(build("appointment", values))).toContain(`请先填写“${label(key)}”`);
    },
  );

  it("the legal representative cannot also be the supervisor", () => {
    expect(problemsOf(build("appointment", { ...company(), "subject.supervisor.name": "张伟" }))).toEqual([expect.stringContaining("兼任监事")]);
  });

  it("is unavailable for a partnership", () => {
    expect(build("appointment", { ...company(), "subject.entityType": "partnership" })?.status).toBe("unavailable");
  });
});

describe("sign.design (户外招牌设置示意图)", () => {
  const sign = (size: string): Values => ({
    "premises.address": "上海市金山区朱泾镇新农路88号",
    "sign.content": "金山示例便利店",
    "sign.size": size,
    "sign.material": "acrylic",
    "sign.position": "lintel",
  });

  it.each(["3×0.8", "3x0.8", "3X0.8", "3*0.8", "3米×0.8米", " 3 m × 0.8 m "])("is ready for size %j, drawn to scale", (size) => {
    const out = build("sign.design", sign(size));
    expect(out?.kind).toBe("generated");
    const doc = ready(out);
    expect(doc.title).toBe("户外招牌设置示意图");
    expect(doc.drawing).toEqual({ lengthM: 3, heightM: 0.8, content: "金山示例便利店" });
    expect(doc.text).toContain("长 3 米 × 高 0.8 米（面积 2.4 平方米）");
    expect(doc.text).toContain("设置地址：上海市金山区朱泾镇新农路88号");
    expect(doc.text).toContain("招牌文字内容：金山示例便利店");
    expect(doc.text).toContain("招牌材质：亚克力");
    expect(doc.text).toContain("设置位置：门楣");
    expect(doc.text).not.toContain("acrylic");
    // The stored document is an SVG drawn to scale that carries the same lines; the signature covers it.
    expect(doc.file.contentType).toBe("image/svg+xml");
    expect(doc.file.content).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(doc.file.content).toContain('<rect x="10" y="10" width="320" height="85.3"');
    for (const line of doc.text.split("\n").filter(Boolean)) expect(doc.file.content).toContain(`>${line}</text>`);
    expect(doc.textHash).toBe(sha256(doc.file.content));
  });

  it("escapes the sign text in the drawing", () => {
    const doc = ready(build("sign.design", { ...sign("3×0.8"), "sign.content": '<script>&"' }));
    expect(doc.file.content).toContain("&lt;script&gt;&amp;&quot;");
    expect(doc.file.content).not.toContain("<script>");
  });

  it("another size, another drawing and hash", () => {
    const a = ready(build("sign.design", sign("3×0.8")));
    const b = ready(build("sign.design", sign("4.5×1.2")));
    expect(b.drawing).toEqual({ lengthM: 4.5, heightM: 1.2, content: "金山示例便利店" });
    expect(b.text).toContain("面积 5.4 平方米");
    expect(b.textHash).not.toBe(a.textHash);
  });

  it.each(["三米", "3", "3×", "0×0.8", "3×0", "101×1", "3×0.8×2", "-3×0.8"])("is incomplete for size %j, asking for 长×高", (size) => {
    const problems = problemsOf(build("sign.design", sign(size)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`“${label("sign.size")}”`);
    expect(problems[0]).toContain("请按“长×高”填写");
    expect(problems[0]).toContain("例如 3×0.8");
  });

  it("an empty size is missing, not misformatted", () => {
    expect(problemsOf(build("sign.design", sign("")))).toEqual([`请先填写“${label("sign.size")}”`]);
  });

  it.each(["premises.address", "sign.content", "sign.material", "sign.position"])("is incomplete without %s", (key) => {
    const values = sign("3×0.8");
    delete values[key];
    expect(problemsOf(build("sign.design", values))).toEqual([`请先填写“${label(key)}”`]);
  });
});

describe("id.shareholders (verified from the list)", () => {
  const list = (text: string): Values => ({ "subject.shareholders": text });

  it("the signed-in applicant and a registered enterprise are verified online; the note says against what", () => {
    const out = build("id.shareholders", list(`张伟 ${RID_A} 50\n上海某某投资有限公司，${USCC_A}，25.5`));
    expect(out?.kind).toBe("verified");
    expect(out?.status).toBe("verified");
    if (out?.status !== "verified") throw new Error(JSON.stringify(out));
    expect(out.note).toContain("实名认证");
    expect(out.note).toContain("1家企业股东与企业登记信息一致");
  });

  it("anyone the portal cannot check is not verified: another person, a wrong name, an unregistered or misnamed company, no real-name login", () => {
    const cases: [Values, { name: string; idNumber: string } | null, string][] = [
      [list(`张伟 ${RID_A} 50\n李娜 ${RID_B} 10`), SIGNER, "李娜"],
      [list(`张玮 ${RID_A} 50`), SIGNER, "张玮"],
      [list(`某某公司 ${USCC_A} 50`), SIGNER, "某某公司"],
      [list(`别的公司 ${makeUscc("91310116MA1DEF56G")} 50`), SIGNER, "别的公司"],
      [list(`张伟 ${RID_A} 50`), null, "张伟"],
    ];
    for (const [values, signer, named] of cases) {
      const out = buildOnlineDocument("id.shareholders", ctx(values, signer));
      expect(out?.status, named).toBe("unavailable");
      if (out?.status === "unavailable") expect(out.reason).toContain(named);
    }
  });

  it("only the applicant: the note does not mention companies", () => {
    const out = build("id.shareholders", list(`张伟 ${RID_A} 50`));
    if (out?.status !== "verified") throw new Error(JSON.stringify(out));
    expect(out.note).not.toContain("企业股东");
  });

  it("only companies: the note does not mention people", () => {
    const out = build("id.shareholders", list(`上海某某投资有限公司 ${USCC_A} 100`));
    if (out?.status !== "verified") throw new Error(JSON.stringify(out));
    expect(out.note).toContain("1家企业股东");
    expect(out.note).not.toContain("自然人股东");
  });

  it("a passport-like number cannot be verified online: unavailable, naming the shareholder", () => {
    const out = build("id.shareholders", list(`张伟 ${RID_A} 50\nJohn E12345678 10`));
    expect(out?.status).toBe("unavailable");
    if (out?.status !== "unavailable") throw new Error(JSON.stringify(out));
    expect(out.reason).toContain("John");
    expect(out.reason).not.toContain("张伟");
  });

  it("an empty list is incomplete, naming the field", () => {
    for (const values of [{}, list(""), list("  \n\n ")]) {
      expect(problemsOf(build("id.shareholders", values))).toEqual([`请先填写“${label("subject.shareholders")}”`]);
    }
  });

  it("a bad line is incomplete, naming the line", () => {
    const problems = problemsOf(build("id.shareholders", list(`张伟 ${RID_A} 50\n李娜 ${BAD_18} 10`)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^第2行/);
  });

  it("a bad line wins over a passport (fix the list first)", () => {
    expect(build("id.shareholders", list(`John E12345678 10\n李娜 ${RID_A}`))?.status).toBe("incomplete");
  });
});

describe("buildOnlineDocument", () => {
  it.each(["unknown.document", "", "ARTICLES.DRAFT", "articles"])("returns null for the unknown key %j", (key) => {
    expect(buildOnlineDocument(key, ctx(company()))).toBeNull();
  });

  it("returns null for Object.prototype names (constructor, toString, __proto__, hasOwnProperty)", () => {
    for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(() => buildOnlineDocument(key, ctx(company())), key).not.toThrow();
      expect(buildOnlineDocument(key, ctx(company())), key).toBeNull();
    }
  });
});
