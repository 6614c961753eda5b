// A task's limits: the longest of its matters' (one department decides its matters together). A 即办件
// counts 0 days (the same working day); so does a matter the applicant took by commitment (告知承诺),
// which is decided on the commitment and issued with the business licence (SCENARIOS.md S1).
export interface LimitItem {
  useCommitment: boolean;
  matter: { statutoryDays: number; promisedDays: number; processingType: string; reformMode: string };
}

export function taskLimits(items: readonly LimitItem[]): { statutoryDays: number; promisedDays: number } {
  const days = (i: LimitItem, d: number) => (i.matter.processingType === "INSTANT" || (i.useCommitment && i.matter.reformMode === "COMMITMENT") ? 0 : d);
  return {
    statutoryDays: Math.max(0, ...items.map((i) => days(i, i.matter.statutoryDays))),
    promisedDays: Math.max(0, ...items.map((i) => days(i, Math.min(i.matter.promisedDays, i.matter.statutoryDays)))),
  };
}
