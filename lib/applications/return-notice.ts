// The one return notice (退件, 晋中方案 三(三) 四是: 一次性告知到位) as return-application.ts stores it on the
// application: returnProblems = [{ documentKey, name, problem }], every problem of the last return. Read
// the same way wherever it is shown: the window's page, the applicant's tracking page, and the form while
// the applicant revises the returned application (revise-returned.ts keeps the notice).

export interface ReturnNotice {
  returnedAt: Date | null;
  /** In the window's order; `name` is the document's name when the problem is about one document. */
  problems: { name: string | null; problem: string }[];
}

/** The last return's notice, or null when the application was never returned. */
export function readReturnNotice(app: { returnCount: number; returnedAt: Date | null; returnProblems: unknown }): ReturnNotice | null {
  if (!app.returnCount) return null;
  const rows: unknown[] = Array.isArray(app.returnProblems) ? app.returnProblems : [];
  return {
    returnedAt: app.returnedAt,
    // A row without the words of its problem says nothing to the applicant: it is left out, not shown empty.
    problems: rows.flatMap((p) => {
      const row = p as { name?: unknown; problem?: unknown } | null;
      return typeof row?.problem === "string" ? [{ name: typeof row.name === "string" ? row.name : null, problem: row.problem }] : [];
    }),
  };
}
