// Fails when lib/ speaks to a person in a literal sentence instead of a catalog key (issue 16 §2):
// - a Chinese (CJK) string inside `new AppError(...)`;
// - a Chinese string given to zod as a message (an `error:` / `message:` property, or an argument of a zod check such
//   as .min(2, "…") / .regex(re, "…") / .refine(fn, "…")) in a file that imports zod;
// - a Chinese string as the title or body of a notification write.
// The words live in lib/i18n/messages; legal originals (commitment texts, generated documents) and data are not
// messages and are not looked at. `new Error(...)` is for the operator's log, not for a visitor, and is allowed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
const LIB = path.join(ROOT, "lib");
// lib/env.ts speaks to the operator starting the server (in the log), not to a visitor.
const SKIP = [path.join(LIB, "generated"), path.join(LIB, "i18n"), path.join(LIB, "env.ts")];
const CJK = /[\u3400-\u9fff]/;
const ZOD_CHECKS = new Set([
  "min",
  "max",
  "length",
  "regex",
  "email",
  "url",
  "uuid",
  "int",
  "positive",
  "nonnegative",
  "negative",
  "gt",
  "gte",
  "lt",
  "lte",
  "multipleOf",
  "startsWith",
  "endsWith",
  "includes",
  "refine",
  "superRefine",
  "nonempty",
  "date",
  "datetime",
  "iso",
]);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (SKIP.includes(full)) continue;
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) yield full;
  }
}

/** The Chinese string literals under `node` (template literals included). */
function chineseLiterals(node) {
  const found = [];
  const visit = (n) => {
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && CJK.test(n.text)) found.push(n);
    else if (ts.isTemplateExpression(n) && (CJK.test(n.head.text) || n.templateSpans.some((s) => CJK.test(s.literal.text)))) found.push(n);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

const problems = [];
for (const file of files(LIB)) {
  const text = readFileSync(file, "utf8");
  if (!CJK.test(text)) continue;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const usesZod = /from "zod"/.test(text);
  const report = (node, what) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    problems.push(`${path.relative(ROOT, file)}:${line + 1}: ${what}: ${node.getText(source).slice(0, 80)}`);
  };
  const visit = (n) => {
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "AppError") {
      for (const lit of chineseLiterals(n)) report(lit, "AppError with a sentence, not a key");
      return;
    }
    if (usesZod && ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && (n.name.text === "error" || n.name.text === "message")) {
      for (const lit of chineseLiterals(n.initializer)) report(lit, "zod message as a sentence, not a key");
      return;
    }
    if (usesZod && ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ZOD_CHECKS.has(n.expression.name.text)) {
      for (const arg of n.arguments)
        if ((ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) || ts.isTemplateExpression(arg)) && chineseLiterals(arg).length)
          report(arg, "zod message as a sentence, not a key");
    }
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      /^create(Many)?$/.test(n.expression.name.text) &&
      /notification$/.test(n.expression.expression.getText(source))
    ) {
      for (const lit of chineseLiterals(n)) report(lit, "notification written as a sentence; use notify() with a key");
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
}

if (problems.length) {
  console.error(`lib/ speaks in ${problems.length} literal sentence(s) instead of catalog keys (lib/i18n/messages):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(process.argv.includes("--report") ? 0 : 1);
}
console.log("lib/: every error, zod message and notification is a catalog key.");
