// English translation (for reference) of the 告知承诺书 built by commitment-text.ts. The Chinese text stays the
// legal original: it is what the applicant signs and what the signature's hash covers; this translation is
// shown beside it on English pages and is never signed or stored. Same inputs, same order of clauses.
import type { Locale } from "@/lib/i18n/core";
import { dataText } from "@/lib/i18n/data";
import type { LegalLine, LegalPart } from "@/lib/i18n/data/legal-parts";

export interface CommitmentForTranslation {
  code: string;
  /** The matter's (Chinese) name. */
  name: string;
  /** The conditions, one Chinese line each, as the text lists them. */
  conditions: string[];
  /** Chinese names of the materials the commitment replaces. */
  waives: string[];
}

const EN: Locale = "en";

function part(kind: "matter" | "condition" | "material", code: string | null, zh: string): LegalPart {
  const d = dataText(kind, code, zh, EN);
  return d.translated ? d.text : { zh };
}

export const FALSE_COMMITMENT_CONSEQUENCE_EN =
  "If this commitment proves untrue, the approving department will revoke the licence according to law; where the enterprise fails to rectify within the time limit, or still does not meet the conditions after rectification, the licence concerned is revoked according to law; any violation of law is punished according to law; the breach of trust is recorded in the enterprise's credit record, shared with the credit information platform, and the enterprise may no longer use the commitment route.";

export function commitmentTextEn(m: CommitmentForTranslation): LegalLine[] {
  const lines: LegalLine[] = [
    ["Notification and Commitment (", part("matter", m.code, m.name), ")"],
    ["The applicant has been told all the conditions for this licence by the approving department and solemnly commits that:"],
    ...m.conditions.map((c, i): LegalLine => [`${i + 1}. `, part("condition", m.code, c)]),
  ];
  if (m.waives.length) {
    const names = m.waives.flatMap((w, i): LegalPart[] => (i ? ["; ", part("material", null, w)] : [part("material", null, w)]));
    lines.push(["This commitment replaces the submission of the following materials for the conditions above: ", ...names, "."]);
  }
  lines.push(["The applicant accepts verification by the approving department and is responsible for the truth of this commitment."]);
  lines.push([FALSE_COMMITMENT_CONSEQUENCE_EN]);
  return lines;
}
