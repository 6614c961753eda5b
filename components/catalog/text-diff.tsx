// Inline difference of two texts for the version history: characters for prose (Chinese has no word
// boundaries), whole lines for the conditions list (one condition per line). Deletions are <del>, insertions
// <ins>, each with hidden start/end words so screen readers announce them (most ignore del/ins otherwise),
// and line-through / underline so the difference survives black-and-white printing.

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Above this many cells the middle is shown as replaced instead of aligned (bounded time and memory). */
const MAX_CELLS = 250_000;

function diffTokens(a: string[], b: string[]): { kind: DiffPart["kind"]; token: string }[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((token) => ({ kind: "same" as const, token }));
  const tail = a.slice(endA).map((token) => ({ kind: "same" as const, token }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  let middle: { kind: DiffPart["kind"]; token: string }[];
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    middle = [...midA.map((token) => ({ kind: "removed" as const, token })), ...midB.map((token) => ({ kind: "added" as const, token }))];
  } else {
    // Longest common subsequence table, filled from the end so the walk below goes forwards.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = midA[i] === midB[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    middle = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        middle.push({ kind: "same", token: midA[i]! });
        i++;
        j++;
      } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
        middle.push({ kind: "removed", token: midA[i]! });
        i++;
      } else {
        middle.push({ kind: "added", token: midB[j]! });
        j++;
      }
    }
    while (i < n) middle.push({ kind: "removed", token: midA[i++]! });
    while (j < m) middle.push({ kind: "added", token: midB[j++]! });
  }
  return [...head, ...middle, ...tail];
}

/** Character-level difference, adjacent pieces of the same kind merged. */
export function diffChars(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const { kind, token } of diffTokens([...before], [...after])) {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += token;
    else parts.push({ kind, text: token });
  }
  return parts;
}

/** Line-level difference: one part per line. */
export function diffLines(before: string, after: string): DiffPart[] {
  const split = (s: string) => (s === "" ? [] : s.split("\n"));
  return diffTokens(split(before), split(after)).map(({ kind, token }) => ({ kind, text: token }));
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
