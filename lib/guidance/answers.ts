// Answers live in the URL (?activities=retail&sells_liquor=yes …): the result is a shareable, printable
// link and works without JavaScript. Invalid values are ignored, never an error page.
import type { QuestionDef } from "./evaluate";
import type { Answer, Answers } from "./schemas";

type Params = Record<string, string | string[] | undefined>;

const values = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((x) => x.split(",")).map((x) => x.trim());

export function parseAnswers(params: Params, questions: QuestionDef[]): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    if (params[q.code] === undefined) continue;
    const vs = values(params[q.code]);
    const codes = new Set(q.options.map((o) => o.code));
    if (q.type === "BOOLEAN") {
      if (vs[0] === "yes" || vs[0] === "no") answers[q.code] = vs[0] === "yes";
    } else if (q.type === "SINGLE") {
      if (vs[0] && codes.has(vs[0])) answers[q.code] = vs[0];
    } else if (q.type === "MULTIPLE") {
      // The form always sends an empty value too, so "none of these" is an answer, not a skipped question.
      answers[q.code] = [...new Set(vs.filter((v) => codes.has(v)))];
    } else {
      const n = Number(vs[0]);
      if (vs[0] !== "" && Number.isFinite(n) && n >= 0 && n <= 1_000_000) answers[q.code] = n;
    }
  }
  return answers;
}

function encode(a: Answer): string {
  if (typeof a === "boolean") return a ? "yes" : "no";
  return Array.isArray(a) ? a.join(",") : String(a);
}

/** A canonical query string for these answers (stable order: the questions' order). */
export function answersToQuery(answers: Answers, questions: QuestionDef[]): string {
  const sp = new URLSearchParams();
  for (const q of questions) {
    const a = answers[q.code];
    if (a !== undefined) sp.set(q.code, encode(a));
  }
  return sp.toString();
}

/** The answer in words, for the notice ("是", "否", option labels, numbers). */
export function describeAnswer(q: QuestionDef, a: Answer | undefined, words: { yes: string; no: string; none: string }): string {
  if (a === undefined) return "";
  if (typeof a === "boolean") return a ? words.yes : words.no;
  if (typeof a === "number") return String(a);
  const label = (c: string) => q.options.find((o) => o.code === c)?.label ?? c;
  if (Array.isArray(a)) return a.length ? a.map(label).join("、") : words.none;
  return label(a);
}
