// The validators' problems (a catalog key with parameters): defined in lib/ids/problem.ts, the lowest folder with validators.
export { addProblemIssue, problem, problemText, type Problem } from "@/lib/ids/problem";
