// English translation (for reference) of the documents online-documents.ts writes from the form (articles
// of association, the shareholder's decision, the sign schematic). The Chinese text is the legal original:
// it is what the applicant e-signs and what the hash covers. This reads the Chinese text line by line, so
// the translation always follows exactly what is signed; the names, addresses and business scope it quotes
// stay Chinese ({ zh } parts, registry data), and a line it does not recognise is kept whole in Chinese
// rather than guessed.
import type { Locale } from "@/lib/i18n/core";
import { dataText } from "@/lib/i18n/data";
import type { LegalLine } from "@/lib/i18n/data/legal-parts";

const EN: Locale = "en";
const option = (zh: string): LegalLine[number] => {
  const d = dataText("fieldOption", null, zh, EN);
  return d.translated ? d.text : { zh };
};
/** 万元 → yuan, as an English amount ("CNY 500,000"). */
const wan = (n: string): string => {
  const v = Number(n) * 10_000;
  return Number.isFinite(v) ? `CNY ${v.toLocaleString("en-US")}` : `${n} × CNY 10,000`;
};
const names = (list: string): LegalLine => list.split("、").flatMap((n, i): LegalLine => (i ? [", ", { zh: n }] : [{ zh: n }]));

type Rule = [RegExp, (m: RegExpExecArray) => LegalLine];
const S = "[\u3000 ]"; // the documents separate an article number from its text with an ideographic space

const RULES: Rule[] = [
  // Articles of association
  [/^(.+)章程$/, (m) => ["Articles of Association of ", { zh: m[1]! }]],
  [new RegExp(`^第一章${S}总则$`), () => ["Chapter 1 General provisions"]],
  [
    new RegExp(`^第一条${S}为规范公司的组织和行为`),
    () => [
      "Article 1 To regulate the organisation and conduct of the company, all shareholders adopt these articles under the Company Law of the People's Republic of China and the relevant laws and administrative regulations.",
    ],
  ],
  [new RegExp(`^第二条${S}公司名称：(.+)。公司类型：(.+)。$`), (m) => ["Article 2 Company name: ", { zh: m[1]! }, ". Company type: ", option(m[2]!), "."]],
  [new RegExp(`^第三条${S}公司住所：(.+)。$`), (m) => ["Article 3 Registered address: ", { zh: m[1]! }, "."]],
  [
    new RegExp(`^第四条${S}公司经营范围（以登记机关登记的为准）：(.*)$`),
    (m) => ["Article 4 Business scope (as registered by the registration authority; quoted in the registry's standard terms): ", { zh: m[1]! }],
  ],
  [new RegExp(`^第五条${S}公司注册资本为人民币(.+)万元。$`), (m) => [`Article 5 The registered capital of the company is ${wan(m[1]!)}.`]],
  [new RegExp(`^第六条${S}公司营业期限：(.+)。$`), (m) => ["Article 6 Term of operation: ", option(m[1]!), "."]],
  [new RegExp(`^第二章${S}股东的姓名或者名称`), () => ["Chapter 2 Names of the shareholders, their subscribed capital, and the form and date of contribution"]],
  [
    new RegExp(`^第七条${S}股东认缴出资如下`),
    () => ["Article 7 The shareholders subscribe capital as follows, all in cash, paid in full within five years of the company's incorporation:"],
  ],
  [/^[\u3000 ]*(\d+)\. (.+)，认缴出资(.+)万元。$/, (m) => [`    ${m[1]}. `, { zh: m[2]! }, `: subscribed capital ${wan(m[3]!)}.`]],
  [new RegExp(`^第三章${S}组织机构及法定代表人$`), () => ["Chapter 3 Governing bodies and legal representative"]],
  [
    new RegExp(`^第八条${S}公司不设股东会。`),
    () => [
      "Article 8 The company has no shareholders' meeting. When the shareholder decides a matter that the Company Law of the People's Republic of China reserves to the shareholders' meeting, the decision is made in writing, signed by the shareholder and kept by the company.",
    ],
  ],
  [
    new RegExp(`^第九条${S}公司不设董事会，设董事一名，由(.+)担任，兼任公司经理`),
    (m) => [
      "Article 9 The company has no board of directors but one director, ",
      { zh: m[1]! },
      ", who is also the manager and exercises the powers of the board under the Company Law of the People's Republic of China.",
    ],
  ],
  [
    new RegExp(`^第十条${S}公司的法定代表人由董事担任，即(.+)。法定代表人变更时`),
    (m) => [
      "Article 10 The director, ",
      { zh: m[1]! },
      ", is the legal representative of the company. A change of legal representative is decided by the shareholder and registered according to law.",
    ],
  ],
  [
    new RegExp(`^第十一条${S}公司不设监事会，设监事一名，由(.+)担任。`),
    (m) => [
      "Article 11 The company has no board of supervisors but one supervisor, ",
      { zh: m[1]! },
      ". Directors and senior managers may not serve as supervisor.",
    ],
  ],
  [new RegExp(`^第四章${S}附则$`), () => ["Chapter 4 Supplementary provisions"]],
  [
    new RegExp(`^第十二条${S}本章程自股东电子签名之日起生效`),
    () => [
      "Article 12 These articles take effect on the day the shareholder signs them electronically; where they differ from what the registration authority has registered, the registration prevails.",
    ],
  ],
  [/^股东：(.+)$/, (m) => ["Shareholder: ", ...names(m[1]!)]],
  // The shareholder's decision
  [/^(.+)股东决定$/, (m) => ["Decision of the Shareholder of ", { zh: m[1]! }]],
  [
    /^根据《中华人民共和国公司法》和公司章程的规定，公司股东决定：$/,
    () => ["Under the Company Law of the People's Republic of China and the articles of association, the shareholder of the company decides:"],
  ],
  [
    /^一、委派(.+)为公司董事，兼任公司经理，担任公司法定代表人。$/,
    (m) => ["1. ", { zh: m[1]! }, " is appointed director of the company, also manager, and legal representative of the company."],
  ],
  [/^二、委派(.+)为公司监事。$/, (m) => ["2. ", { zh: m[1]! }, " is appointed supervisor of the company."]],
  [
    /^三、以上人员任期三年/,
    () => [
      "3. They serve for three years and may be reappointed; none of them falls under any case in which the Company Law of the People's Republic of China bars a person from serving as director, supervisor or senior manager.",
    ],
  ],
  // The sign schematic
  [/^户外招牌设置示意图$/, () => ["Shop sign schematic"]],
  [/^设置地址：(.+)$/, (m) => ["Address: ", { zh: m[1]! }]],
  [/^招牌文字内容：(.+)$/, (m) => ["Text on the sign: ", { zh: m[1]! }]],
  [/^招牌尺寸：长 (.+) 米 × 高 (.+) 米（面积 (.+) 平方米）$/, (m) => [`Size: ${m[1]} m long × ${m[2]} m high (area ${m[3]} m²)`]],
  [/^招牌材质：(.+)$/, (m) => ["Material: ", option(m[1]!)]],
  [/^设置位置：(.+)$/, (m) => ["Position: ", option(m[1]!)]],
  [/^示意图按上述尺寸等比例绘制/, () => ["The schematic is drawn to scale from the size above; its text is the text filed."]],
];

/** The translation of one generated document's Chinese text, line for line. */
export function onlineDocumentEn(text: string): LegalLine[] {
  return text.split("\n").map((line): LegalLine => {
    if (!line.trim()) return [""];
    for (const [re, build] of RULES) {
      const m = re.exec(line);
      if (m) return build(m);
    }
    return [{ zh: line }];
  });
}
