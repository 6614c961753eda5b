import "server-only";
// 一次告知: the one-time notice for a set of answers — every permit needed, why, how it is handled,
// what to prepare, how long it takes — plus totals and what-ifs. 珠海方案 三(一)2; 晋中方案 四(一).
import { getDb } from "@/lib/db";
import type { ReformMode, ProcessingType } from "@/lib/generated/prisma/enums";
import { answersToQuery, describeAnswer, parseAnswers } from "./answers";
import { evaluate, whatIfs, type QuestionDef } from "./evaluate";
import { loadGuidance, loadRelations } from "./load-guidance";
import { applyRelations } from "./relations";
import type { Answer, Answers } from "./schemas";

export interface NoticeItem {
  code: string;
  name: string;
  kind: "REGISTRATION" | "PERMIT";
  reformMode: ReformMode;
  department: string;
  legalBasis: string;
  conditions: string[];
  statutoryDays: number;
  promisedDays: number;
  processingType: ProcessingType;
  materials: { documentKey: string; name: string; isKey: boolean; waivableByCommitment: boolean; mayBePending: boolean; heldByGovernment: boolean }[];
  reasons: string[];
  because: { question: string; answer: string }[];
}

export interface Notice {
  questions: (QuestionDef & { answer: Answer | undefined })[];
  unanswered: number;
  answers: Answers;
  /** Canonical query string of the effective answers: the shareable link. */
  query: string;
  /** Matters to obtain (registration, filings, permits), in catalog order. */
  items: NoticeItem[];
  /** CANCEL-mode matters the answers touch: nothing to obtain, and the notice says so. */
  notNeeded: NoticeItem[];
  /**
   * Matters the rules require but the notice leaves out because another listed one covers (已含于) or
   * excludes it (MatterRelation), each with the reason.
   */
  leftOut: { code: string; name: string; byCode: string; byName: string; kind: "COVERS" | "EXCLUDES"; note: string }[];
  /** 请咨询部门: matters of the chosen activities whose need the questions do not decide, with why. */
  referrals: { code: string; name: string; department: string; reason: string }[];
  totals: { permits: number; materialsSeparately: number; materialsOnce: number; longestPromisedDays: number; statutoryDaysSum: number };
  whatIfs: { question: string; answerText: string; added: string[]; removed: string[]; query: string }[];
}

/** How answers read in the notice, in the reader's language. */
export interface AnswerWords {
  yes: string;
  no: string;
  none: string;
}

/** `params`: the page's search params, where the answers live (see answers.ts). */
export async function buildNotice({ params, words }: { params: Record<string, string | string[] | undefined>; words: AnswerWords }): Promise<Notice> {
  const [{ questions, rules }, relations] = await Promise.all([loadGuidance(), loadRelations()]);
  const answers = parseAnswers(params, questions);
  const result = evaluate(questions, rules, answers);
  const { kept, leftOut } = applyRelations(result.required, relations);
  const codes = kept.map((r) => r.matterCode);
  const ifs = whatIfs(questions, rules, answers, relations);
  const activities = result.effective.activities;
  const chosen = Array.isArray(activities) ? activities : [];
  const mentioned = [...new Set([...ifs.flatMap((w) => w.added), ...leftOut.flatMap((l) => [l.matterCode, l.by])])].filter((c) => !codes.includes(c));
  const [matters, others, referrals] = await Promise.all([
    getDb().matter.findMany({
      where: { code: { in: codes }, isActive: true },
      include: { department: { select: { name: true } }, materials: { orderBy: { sortOrder: "asc" } } },
      orderBy: [{ kind: "asc" }, { code: "asc" }],
    }),
    getDb().matter.findMany({ where: { code: { in: mentioned } }, select: { code: true, name: true, reformMode: true } }),
    chosen.length
      ? getDb().guidanceReferral.findMany({
          where: { activity: { in: chosen }, matter: { isActive: true, code: { notIn: codes } } },
          select: { reason: true, matter: { select: { code: true, name: true, department: { select: { name: true } } } } },
          orderBy: { matter: { code: "asc" } },
        })
      : Promise.resolve([]),
  ]);
  const byCode = new Map(matters.map((m) => [m.code, m]));
  const names = new Map([...matters, ...others].map((m) => [m.code, m.name]));
  const qByCode = new Map(questions.map((q) => [q.code, q]));
  const name = (code: string) => names.get(code) ?? code;
  // A cancelled approval is nothing to obtain, so it is never "added" or "no longer needed" either.
  const cancelled = new Set([...matters, ...others].filter((m) => m.reformMode === "CANCEL").map((m) => m.code));
  const obtainable = (codes: string[]) => codes.filter((c) => !cancelled.has(c)).map(name);

  const all: NoticeItem[] = [];
  for (const req of kept) {
    const m = byCode.get(req.matterCode);
    if (!m) continue;
    all.push({
      code: m.code,
      name: m.name,
      kind: m.kind,
      reformMode: m.reformMode,
      department: m.department.name,
      legalBasis: m.legalBasis,
      conditions: m.conditions
        .split("\n")
        .map((c) => c.trim())
        .filter(Boolean),
      statutoryDays: m.statutoryDays,
      promisedDays: m.promisedDays,
      processingType: m.processingType,
      materials: m.materials.map(({ documentKey, name: n, isKey, waivableByCommitment, mayBePending, heldByGovernment }) => ({
        documentKey,
        name: n,
        isKey,
        waivableByCommitment,
        mayBePending,
        heldByGovernment,
      })),
      reasons: req.reasons,
      because: req.triggeredBy.flatMap((c) => {
        const q = qByCode.get(c);
        return q ? [{ question: q.text, answer: describeAnswer(q, result.effective[c], words) }] : [];
      }),
    });
  }
  // Registration first, then by the catalog's order of reform modes (filing, commitment, optimize).
  const order: ReformMode[] = ["FILING", "COMMITMENT", "OPTIMIZE", "CANCEL"];
  all.sort((a, b) => (a.kind === b.kind ? order.indexOf(a.reformMode) - order.indexOf(b.reformMode) : a.kind === "REGISTRATION" ? -1 : 1));
  const items = all.filter((i) => i.reformMode !== "CANCEL");
  const notNeeded = all.filter((i) => i.reformMode === "CANCEL");

  const submitted = items.flatMap((i) => i.materials.filter((m) => !m.heldByGovernment));
  const totals = {
    permits: items.length,
    materialsSeparately: items.reduce((n, i) => n + i.materials.length, 0),
    materialsOnce: new Set(submitted.map((m) => m.documentKey)).size,
    longestPromisedDays: Math.max(0, ...items.map((i) => i.promisedDays)),
    statutoryDaysSum: items.reduce((n, i) => n + i.statutoryDays, 0),
  };

  return {
    questions: result.visible.map((q) => ({ ...q, answer: result.effective[q.code] })),
    unanswered: result.unanswered.length,
    answers: result.effective,
    query: answersToQuery(result.effective, questions),
    items,
    notNeeded,
    leftOut: leftOut.map((l) => ({ code: l.matterCode, name: name(l.matterCode), byCode: l.by, byName: name(l.by), kind: l.kind, note: l.note })),
    referrals: referrals.map((r) => ({ code: r.matter.code, name: r.matter.name, department: r.matter.department.name, reason: r.reason })),
    totals,
    whatIfs: ifs
      .map((w) => {
        const q = qByCode.get(w.question)!;
        return {
          question: q.text,
          answerText: describeAnswer(q, w.answer, words),
          added: obtainable(w.added),
          removed: obtainable(w.removed),
          query: answersToQuery({ ...result.effective, [w.question]: w.answer }, questions),
        };
      })
      .filter((w) => w.added.length > 0 || w.removed.length > 0),
  };
}
