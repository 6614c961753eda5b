// Inline difference of two texts for the version history: characters for prose (Chinese has no word
// boundaries), whole lines for the conditions list (one condition per line). Deletions are <del>, insertions
// <ins>, each with hidden start/end words so screen readers announce them (most ignore del/ins otherwise),
// and line-through / underline so the difference survives black-and-white printing.

// jsdiff (Myers' O(ND) algorithm) instead of a hand-written O(n·m) table: fast on the long texts of the catalog.
import { diffArrays, diffChars as charChanges } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

const kindOf = (c: { added?: boolean; removed?: boolean }): DiffPart["kind"] => (c.added ? "added" : c.removed ? "removed" : "same");

/** Character-level difference, adjacent pieces of the same kind merged. */
export function diffChars(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of charChanges(before, after)) {
    const kind = kindOf(change);
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value) parts.push({ kind, text: change.value });
  }
  return parts;
}

/** Line-level difference: one part per line. */
export function diffLines(before: string, after: string): DiffPart[] {
  const split = (s: string) => (s === "" ? [] : s.split("\n"));
  return diffArrays(split(before), split(after)).flatMap((change) => change.value.map((text) => ({ kind: kindOf(change), text })));
}

export interface DiffLabels {
  removedStart: string;
  removedEnd: string;
  addedStart: string;
  addedEnd: string;
  lineAdded: string;
  lineRemoved: string;
}

const DEL = "rounded-sm bg-red-50 text-red-900 line-through decoration-red-800 decoration-2";
const INS = "rounded-sm bg-green-50 text-green-900 underline decoration-green-800 decoration-2 underline-offset-2";

export function InlineDiff({ before, after, labels }: { before: string; after: string; labels: DiffLabels }) {
  return (
    <p className="whitespace-pre-wrap break-words leading-relaxed">
      {diffChars(before, after).map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={i} className={DEL}>
            <span className="sr-only">{labels.removedStart}</span>
            {part.text}
            <span className="sr-only">{labels.removedEnd}</span>
          </del>
        ) : (
          <ins key={i} className={INS}>
            <span className="sr-only">{labels.addedStart}</span>
            {part.text}
            <span className="sr-only">{labels.addedEnd}</span>
          </ins>
        ),
      )}
    </p>
  );
}

/** Changed lines only, each marked added or removed; unchanged lines are left out to keep it short. */
export function LineDiff({ before, after, labels }: { before: string; after: string; labels: DiffLabels }) {
  const changed = diffLines(before, after).filter((p) => p.kind !== "same");
  return (
    <ul className="space-y-1">
      {changed.map((part, i) => (
        <li key={i} className="flex gap-2">
          <span
            className={`shrink-0 rounded px-1.5 text-xs font-semibold leading-6 ${part.kind === "added" ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
          >
            {part.kind === "added" ? labels.lineAdded : labels.lineRemoved}
          </span>
          {part.kind === "added" ? <ins className={INS}>{part.text}</ins> : <del className={DEL}>{part.text}</del>}
        </li>
      ))}
    </ul>
  );
}
