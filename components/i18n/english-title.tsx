import type { LegalLine } from "@/lib/i18n/data/legal-parts";
import { MarkData } from "./mark-data";

/** A translated title line (e.g. "Articles of Association of <company>") inside a sentence, its Chinese names marked. */
export function EnglishTitle({ line, render }: { line: LegalLine; render: (title: string) => string }) {
  const title = line.map((p) => (typeof p === "string" ? p : p.zh)).join("");
  return <MarkData text={render(title)} data={line.map((p) => (typeof p === "string" ? null : p.zh))} />;
}
