// Documents the portal produces from the merged form instead of asking the applicant to upload them.
// seeds/004 (晋中方案) 三(三) 二是 "一表申请": what the one application form already states is not asked
// for again as a separate material; seeds/003 (嘉定) 二(一)1 and 一(三)1: paperless, fully electronic
// company start-up (一窗通) with electronic signatures — the articles and appointment documents are
// generated online and e-signed; seeds/002
// (上海市应急局方案) 一、1(3): what government issues and can share is not submitted.
//
// Two kinds:
// - "generated": the portal writes the document from the form; the applicant reads it and e-signs the
//   exact text (its SHA-256 is recorded, like a commitment). If the form changes, the text changes and
//   must be signed again. The applicant may always upload their own document instead.
// - "verified": the portal checks the form's data against records it holds instead of asking for a copy:
//   a natural-person shareholder who is the signed-in applicant (name and ID number equal to the account's
//   实名认证 identity), an enterprise shareholder registered here (USCC and name equal to its registration).
//   Anyone else cannot be verified here, and their documents are uploaded.
// The articles and the appointment decision must be signed by every shareholder. The portal signs for one
// person only — the signed-in applicant — so it writes them only for a company whose single shareholder is
// that person; otherwise the applicant uploads the documents all shareholders signed.
//
// Pure: no database, no clock. Everything a document says comes from the values given.
import { createHash } from "node:crypto";
import type { FieldDef } from "@/lib/forms/merge-form";
import type { FieldValue } from "@/lib/forms/field-values";
import { parseShareholders, totalCapitalWan, totalCapitalYuan, type Shareholder } from "@/lib/forms/shareholders";
import { wanToYuan } from "@/lib/forms/capital";
import { formatScope, parseScope, type ScopeTermLike } from "@/lib/scope/derive-scope";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { problem, problemText, type Problem } from "@/lib/forms/problem";

export type OnlineKind = "generated" | "verified";

export type OnlineOutcome =
  /** Generated and ready to be read and signed. */
  | {
      status: "ready";
      title: string;
      /** What the applicant reads. */
      text: string;
      /** The document stored and sent on: the text itself, or a drawing that carries the same text. */
      file: { content: string; contentType: string; extension: "txt" | "svg" };
      /** SHA-256 of the stored file: what the signature covers. */
      textHash: string;
      drawing?: SignDrawing;
    }
  /** Verified from the form: nothing to provide. */
  /** `note` in the zh-CN words (what the officers read); `noteProblem` the same as a catalog key, for the visitor's locale. */
  | { status: "verified"; note: string; noteProblem: Problem }
  /** Not yet: these fields are missing or wrong (each message names the field). */
  /** `problems` in the zh-CN words (the officers' views); `issues` the same as catalog keys ({field} names the field of {label}). */
  | { status: "incomplete"; problems: string[]; issues: Problem[] }
  /** Cannot be produced in this case: the applicant uploads it. */
  | { status: "unavailable"; reason: string; reasonProblem: Problem };

/** What the sign schematic shows: drawn to scale from the form. */
export interface SignDrawing {
  lengthM: number;
  heightM: number;
  content: string;
}

export interface DocumentContext {
  /** The effective values: typed, else known (pre-filled or derived). */
  values: Record<string, FieldValue>;
  dictionary: Map<string, FieldDef>;
  /** The signed-in applicant's real-name identity (实名认证), if verified. */
  signer: { name: string; idNumber: string } | null;
  /** Enterprises registered here, by USCC → registered name (for enterprise shareholders). */
  registered: Map<string, string>;
  /** The standard scope terms (经营范围规范表述) a written scope is checked against and printed in. */
  scopeTerms: ScopeTermLike[];
}

interface OnlineDocumentSpec {
  kind: OnlineKind;
  build(ctx: DocumentContext): OnlineOutcome;
}

export const hashText = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

const str = (ctx: DocumentContext, key: string): string => {
  const v = ctx.values[key];
  return typeof v === "string" ? v.trim() : "";
};
const labelOf = (ctx: DocumentContext, key: string): string => ctx.dictionary.get(key)?.label ?? key;
const optionLabel = (ctx: DocumentContext, key: string): string => {
  const v = str(ctx, key);
  return ctx.dictionary.get(key)?.options?.find((o) => o.value === v)?.label ?? v;
};

/** The required values, or the problems ("请先填写…") when any is empty. */
function need(ctx: DocumentContext, keys: string[]): Problem[] {
  return keys.filter((k) => !str(ctx, k)).map((k) => fieldIssue(ctx, "fillFirst", k));
}

/** A problem naming a field: its label (zh) and key, so the browser can show the label in the visitor's locale. */
const fieldIssue = (
  ctx: DocumentContext,
  name: "fillFirst" | "capitalNumber" | "capitalSum" | "scopeTerm" | "signSize",
  key: string,
  params: Record<string, string> = {},
): Problem => problem(`${E}.${name}`, { label: labelOf(ctx, key), field: key, ...params });

/** Not ready yet: every problem, in zh-CN words and as keys. */
const incomplete = (issues: Problem[]): OnlineOutcome => {
  const zhT = makeT(zhCN);
  return { status: "incomplete", problems: issues.map((p) => problemText(zhT, p)), issues };
};

function shareholdersOf(ctx: DocumentContext): { rows: Shareholder[]; problems: Problem[] } {
  const text = str(ctx, "subject.shareholders");
  if (!text) return { rows: [], problems: [fieldIssue(ctx, "fillFirst", "subject.shareholders")] };
  const parsed = parseShareholders(text);
  if (parsed.rows.length || parsed.problems.length) return parsed;
  return { rows: [], problems: [fieldIssue(ctx, "fillFirst", "subject.shareholders")] };
}

const done = (title: string, lines: string[], drawing?: SignDrawing): OnlineOutcome => {
  const text = lines.join("\n");
  const file = drawing
    ? { content: signSvg(drawing, lines), contentType: "image/svg+xml", extension: "svg" as const }
    : { content: text, contentType: "text/plain; charset=utf-8", extension: "txt" as const };
  return { status: "ready", title, text, file, textHash: hashText(file.content), ...(drawing ? { drawing } : {}) };
};

const signers = (rows: Shareholder[]): string => rows.map((r) => r.name).join("、");

// A limited company's articles (公司章程). Required contents: 《中华人民共和国公司法》（2023年修订）第四十六条;
// capital subscribed is paid within five years of incorporation: 第四十七条; a small company may have one
// director instead of a board (第七十五条) and one supervisor instead of a board of supervisors (第八十三条).
const ARTICLE_FIELDS = [
  "subject.entityType",
  "subject.name",
  "subject.address",
  "subject.businessScope",
  "subject.registeredCapital",
  "subject.operatingTerm",
  "subject.shareholders",
  "subject.legalRep.name",
  "subject.supervisor.name",
];

/** Company-law checks shared by the articles and the appointment decision. */
function companyProblems(ctx: DocumentContext, rows: Shareholder[]): Problem[] {
  const problems: Problem[] = [];
  // 注册资本 in 万元, like the shareholder list (lib/forms/capital.ts); compared exactly, in yuan.
  const raw = str(ctx, "subject.registeredCapital");
  const yuan = raw ? wanToYuan(raw) : null;
  if (raw && yuan === null) problems.push(fieldIssue(ctx, "capitalNumber", "subject.registeredCapital"));
  else if (yuan !== null && rows.length && yuan !== `${totalCapitalYuan(rows)}.00`) {
    problems.push(fieldIssue(ctx, "capitalSum", "subject.registeredCapital", { total: totalCapitalWan(rows) }));
  }
  const type = str(ctx, "subject.entityType");
  const people = rows.filter((r) => r.idKind !== "uscc").length;
  const typeLabel = optionLabel(ctx, "subject.entityType");
  if (rows.length) {
    if (type === "llc-natural-sole" && (rows.length !== 1 || people !== 1)) problems.push(problem(`${E}.soleNatural`, { type: typeLabel }));
    if (type === "llc-legal-person-sole" && (rows.length !== 1 || people !== 0)) problems.push(problem(`${E}.soleLegal`, { type: typeLabel }));
    if (type === "llc-domestic-jv" && rows.length < 2) problems.push(problem(`${E}.jointVenture`, { type: typeLabel }));
    if (type === "llc-natural-controlled" && people === 0) problems.push(problem(`${E}.naturalControlled`, { type: typeLabel }));
  }
  const rep = str(ctx, "subject.legalRep.name");
  if (rep && rep === str(ctx, "subject.supervisor.name")) problems.push(problem(`${E}.supervisorConflict`));
  return problems;
}

/** The shareholder is the signed-in applicant: same name and resident ID number as the account's 实名认证. */
const isSigner = (ctx: DocumentContext, r: Shareholder) =>
  r.idKind === "resident-id" && ctx.signer !== null && r.idNumber === ctx.signer.idNumber && r.name === ctx.signer.name;

const E = "domain.applications.errors.documents";
/** An outcome the portal cannot produce: the reason in zh-CN words and as a key. */
const unavailable = (p: Problem): OnlineOutcome => ({ status: "unavailable", reason: problemText(makeT(zhCN), p), reasonProblem: p });
const ALL_MUST_SIGN = problem(`${E}.allMustSign`);

const isLimitedCompany = (ctx: DocumentContext) => str(ctx, "subject.entityType").startsWith("llc-");
const NOT_LLC = problem(`${E}.notLlc`);

/**
 * The scope as the registry writes it (许可项目 and 一般项目 apart, each with its closing words), from the
 * form's scope in standard terms (lib/scope/derive-scope.ts); an item that is not a standard term is a
 * problem to fix, not a clause to sign (seeds/004 四(一): 经营范围规范化登记).
 */
function scopeClause(ctx: DocumentContext): { text: string | null; problems: Problem[] } {
  const written = str(ctx, "subject.businessScope");
  if (!written) return { text: null, problems: [] };
  const parsed = parseScope(written, ctx.scopeTerms);
  const problems = parsed.unknown.map((item) => fieldIssue(ctx, "scopeTerm", "subject.businessScope", { item }));
  return { text: problems.length ? null : formatScope(parsed), problems };
}

function articles(ctx: DocumentContext): OnlineOutcome {
  const missing = need(
    ctx,
    ARTICLE_FIELDS.filter((k) => k !== "subject.shareholders"),
  );
  const sh = shareholdersOf(ctx);
  const scope = scopeClause(ctx);
  const problems = [...missing, ...sh.problems, ...scope.problems, ...companyProblems(ctx, sh.rows)];
  if (str(ctx, "subject.entityType") && !isLimitedCompany(ctx)) return unavailable(NOT_LLC);
  if (sh.rows.length && !(sh.rows.length === 1 && isSigner(ctx, sh.rows[0]!))) return unavailable(ALL_MUST_SIGN);
  if (problems.length) return incomplete(problems);
  const name = str(ctx, "subject.name");
  const rep = str(ctx, "subject.legalRep.name");
  return done(`${name}章程`, [
    `${name}章程`,
    "",
    "第一章　总则",
    "第一条　为规范公司的组织和行为，根据《中华人民共和国公司法》和有关法律、行政法规的规定，由全体股东制定本章程。",
    `第二条　公司名称：${name}。公司类型：${optionLabel(ctx, "subject.entityType")}。`,
    `第三条　公司住所：${str(ctx, "subject.address")}。`,
    `第四条　公司经营范围（以登记机关登记的为准）：${scope.text}`,
    `第五条　公司注册资本为人民币${totalCapitalWan(sh.rows)}万元。`,
    `第六条　公司营业期限：${optionLabel(ctx, "subject.operatingTerm")}。`,
    "",
    "第二章　股东的姓名或者名称、出资额、出资方式和出资日期",
    "第七条　股东认缴出资如下，出资方式均为货币，由股东自公司成立之日起五年内缴足：",
    ...sh.rows.map((r, i) => `　　${i + 1}. ${r.name}，认缴出资${r.amountWan}万元。`),
    "",
    "第三章　组织机构及法定代表人",
    // Written for a one-shareholder company only (see ALL_MUST_SIGN): it has no 股东会 (《公司法》第六十条).
    "第八条　公司不设股东会。股东作出《中华人民共和国公司法》规定由股东会决定的事项时，应当采用书面形式，并由股东签名后置备于公司。",
    `第九条　公司不设董事会，设董事一名，由${rep}担任，兼任公司经理，行使《中华人民共和国公司法》规定的董事会职权。`,
    `第十条　公司的法定代表人由董事担任，即${rep}。法定代表人变更时，由股东决定并依法办理变更登记。`,
    `第十一条　公司不设监事会，设监事一名，由${str(ctx, "subject.supervisor.name")}担任。董事、高级管理人员不得兼任监事。`,
    "",
    "第四章　附则",
    "第十二条　本章程自股东电子签名之日起生效，与登记机关登记的事项不一致的，以登记机关登记的为准。",
    `股东：${signers(sh.rows)}`,
  ]);
}

// The sole shareholder's decision (股东决定) appointing the director, manager and supervisor named in the form.
function appointment(ctx: DocumentContext): OnlineOutcome {
  const missing = need(ctx, ["subject.entityType", "subject.name", "subject.legalRep.name", "subject.supervisor.name"]);
  const sh = shareholdersOf(ctx);
  const rep = str(ctx, "subject.legalRep.name");
  const problems = [...missing, ...sh.problems, ...companyProblems(ctx, sh.rows)];
  if (str(ctx, "subject.entityType") && !isLimitedCompany(ctx)) return unavailable(NOT_LLC);
  if (sh.rows.length && !(sh.rows.length === 1 && isSigner(ctx, sh.rows[0]!))) return unavailable(ALL_MUST_SIGN);
  if (problems.length) return incomplete(problems);
  const name = str(ctx, "subject.name");
  return done(`${name}股东决定`, [
    `${name}股东决定`,
    "",
    "根据《中华人民共和国公司法》和公司章程的规定，公司股东决定：",
    `一、委派${rep}为公司董事，兼任公司经理，担任公司法定代表人。`,
    `二、委派${str(ctx, "subject.supervisor.name")}为公司监事。`,
    "三、以上人员任期三年，任期届满可以连任；不存在《中华人民共和国公司法》规定的不得担任董事、监事、高级管理人员的情形。",
    "",
    `股东：${signers(sh.rows)}`,
  ]);
}

const xml = (v: string | number) => String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The schematic as a self-contained SVG: the sign to scale with its text and dimensions, and below it the
 * lines of the description. Deterministic (same form, same bytes), so its hash is what is signed.
 */
export function signSvg(d: SignDrawing, lines: string[]): string {
  const width = 320;
  const scale = Math.min(width / d.lengthM, 120 / d.heightM);
  const w = Math.round(d.lengthM * scale * 10) / 10;
  const h = Math.round(d.heightM * scale * 10) / 10;
  const font = Math.round(Math.max(10, Math.min(h * 0.5, (w / Math.max([...d.content].length, 1)) * 0.9)) * 10) / 10;
  const textTop = h + 70;
  const body = lines.filter(Boolean).map((l, i) => `<text x="10" y="${textTop + i * 20}" font-size="13">${xml(l)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width + 80} ${textTop + lines.length * 20}" font-family="sans-serif" fill="#0f172a">`,
    `<rect x="10" y="10" width="${w}" height="${h}" fill="#eef2ff" stroke="#1e3a8a" stroke-width="2"/>`,
    `<text x="${10 + w / 2}" y="${10 + h / 2}" font-size="${font}" text-anchor="middle" dominant-baseline="middle">${xml(d.content)}</text>`,
    `<line x1="10" y1="${h + 25}" x2="${10 + w}" y2="${h + 25}" stroke="#334155"/>`,
    `<text x="${10 + w / 2}" y="${h + 42}" font-size="12" text-anchor="middle">${xml(d.lengthM)} 米</text>`,
    `<line x1="${w + 20}" y1="10" x2="${w + 20}" y2="${10 + h}" stroke="#334155"/>`,
    `<text x="${w + 26}" y="${10 + h / 2}" font-size="12" dominant-baseline="middle">${xml(d.heightM)} 米</text>`,
    ...body,
    "</svg>",
  ].join("\n");
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(?:米|m)?\s*[×xX*＊]\s*(\d+(?:\.\d+)?)\s*(?:米|m)?$/;

// 户外招牌设置示意图: the catalog asks it to show position, size, material and text (OUTDOOR_SIGN_FILING),
// all four of which the merged form already asks. Drawn to scale from them.
function signDesign(ctx: DocumentContext): OnlineOutcome {
  const problems = need(ctx, ["premises.address", "sign.content", "sign.size", "sign.material", "sign.position"]);
  const size = SIZE.exec(str(ctx, "sign.size"));
  const lengthM = size ? Number(size[1]) : NaN;
  const heightM = size ? Number(size[2]) : NaN;
  if (str(ctx, "sign.size") && !(lengthM > 0 && heightM > 0 && lengthM <= 100 && heightM <= 100)) {
    problems.push(fieldIssue(ctx, "signSize", "sign.size"));
  }
  if (problems.length) return incomplete(problems);
  const content = str(ctx, "sign.content");
  return done(
    "户外招牌设置示意图",
    [
      "户外招牌设置示意图",
      "",
      `设置地址：${str(ctx, "premises.address")}`,
      `招牌文字内容：${content}`,
      `招牌尺寸：长 ${lengthM} 米 × 高 ${heightM} 米（面积 ${Math.round(lengthM * heightM * 100) / 100} 平方米）`,
      `招牌材质：${optionLabel(ctx, "sign.material")}`,
      `设置位置：${optionLabel(ctx, "sign.position")}`,
      "示意图按上述尺寸等比例绘制，文字内容与备案内容一致。",
    ],
    { lengthM, heightM, content },
  );
}

function shareholderIdentities(ctx: DocumentContext): OnlineOutcome {
  const sh = shareholdersOf(ctx);
  if (sh.problems.length) return incomplete(sh.problems);
  const isRegistered = (r: Shareholder) => r.idKind === "uscc" && ctx.registered.get(r.idNumber) === r.name;
  const unverified = sh.rows.filter((r) => !isSigner(ctx, r) && !isRegistered(r));
  if (unverified.length) {
    return unavailable(problem(`${E}.unverifiable`, { names: unverified.map((r) => r.name).join("、") }));
  }
  const people = sh.rows.filter((r) => isSigner(ctx, r)).length;
  const companies = sh.rows.length - people;
  const noteProblem = problem(people && companies ? `${E}.verifiedBoth` : people ? `${E}.verifiedPeople` : `${E}.verifiedCompanies`, { count: companies });
  return { status: "verified", note: problemText(makeT(zhCN), noteProblem), noteProblem };
}

/** By documentKey (MaterialRequirement.documentKey): the documents the portal can produce or verify. */
export const ONLINE_DOCUMENTS: Record<string, OnlineDocumentSpec> = {
  "articles.draft": { kind: "generated", build: articles },
  appointment: { kind: "generated", build: appointment },
  "sign.design": { kind: "generated", build: signDesign },
  "id.shareholders": { kind: "verified", build: shareholderIdentities },
};

/** The outcome for one document, or null when the portal cannot produce it (the applicant uploads it). */
export function buildOnlineDocument(documentKey: string, ctx: DocumentContext): (OnlineOutcome & { kind: OnlineKind }) | null {
  const spec = Object.hasOwn(ONLINE_DOCUMENTS, documentKey) ? ONLINE_DOCUMENTS[documentKey] : undefined;
  return spec ? { kind: spec.kind, ...spec.build(ctx) } : null;
}
