// The approval stage's inputs: the window's check (受理 / 退件), 统一出件, a department's step on its task, the
// applicant's answer to a correction and a 容缺 supplement. Shared by the forms and the actions; pure. Every
// message is a catalog key (lib/i18n/messages/*/domain/approvals.ts), `{maximum}` from the zod issue.
import { z } from "zod";
import { msg } from "@/lib/i18n/core";

const E = "domain.approvals.errors.input";
const ZId = z
  .string({ error: msg(`${E}.idMissing`) })
  .trim()
  .min(1, msg(`${E}.idMissing`))
  .max(64, msg(`${E}.idInvalid`));
const ZVersion = z
  .number({ error: msg(`${E}.stale`) })
  .int(msg(`${E}.stale`))
  .min(0, msg(`${E}.stale`));
/** A version as a form's hidden field carries it (a string); empty or not a whole number is refused as stale. */
const ZFormVersion = z.preprocess((v) => (typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v), ZVersion);
const ZDocumentKey = z
  .string({ error: msg(`${E}.documentInvalid`) })
  .trim()
  .min(1, msg(`${E}.documentInvalid`))
  .max(80, msg(`${E}.documentInvalid`));
const PENDING_DAYS = msg(`${E}.pendingDays`);

/** The window's verdict on one provided document: complete, or to be supplemented later (容缺). */
export const ZDocumentVerdict = z.object({ documentKey: ZDocumentKey, verdict: z.enum(["ok", "pending"], { error: msg("window.check.chooseVerdict") }) });

/** 受理 (and 一键分办): every document complete or pending, with the deadline for pending ones. */
export const ZAcceptApplication = z.object({
  applicationId: ZId,
  expectedVersion: ZVersion,
  documents: z
    .array(ZDocumentVerdict)
    .max(100, msg(`${E}.tooManyDocuments`))
    .default([]),
  /** Working days the applicant has to supplement pending materials, counted from acceptance. */
  pendingDays: z.number({ error: PENDING_DAYS }).int(PENDING_DAYS).min(1, PENDING_DAYS).max(30, PENDING_DAYS),
});

/** One problem of the return notice: about a document (by key), or about the application as a whole. */
export const ZReturnProblem = z.object({
  documentKey: ZDocumentKey.optional(),
  problem: z
    .string({ error: msg(`${E}.problemRequired`) })
    .trim()
    .min(1, msg(`${E}.problemRequired`))
    .max(500, msg(`${E}.problemTooLong`)),
});

/** 退件: ALL problems in one notice (never a second notice for something the first could have said). */
export const ZReturnApplication = z.object({
  applicationId: ZId,
  expectedVersion: ZVersion,
  problems: z
    .array(ZReturnProblem)
    .min(1, msg(`${E}.noProblems`))
    .max(50, msg(`${E}.tooManyProblems`)),
});

/**
 * The window's completeness check as its form sends it (components/desk/check-form.tsx): a verdict per listed
 * document (`verdict:<key>`), the problem text of each (`problem:<key>`), other problems one a line. Accepting
 * and returning both read it; 一次性告知 needs every document looked at, so a missing verdict is refused on
 * its field (and once for the whole form, with the count).
 */
const VERDICTS = ["ok", "problem", "pending"] as const;
type CheckVerdict = (typeof VERDICTS)[number];
const ZWindowCheck = z.object({
  applicationId: ZId,
  expectedVersion: ZFormVersion,
  documents: z.array(z.object({ key: ZDocumentKey, verdict: z.enum(VERDICTS).nullable(), problem: z.string() })).max(100, msg(`${E}.tooManyDocuments`)),
  other: z.array(z.string()).max(50, msg(`${E}.tooManyProblems`)),
  /** Only accepting reads it (the form may leave it out); empty is not 0. */
  pendingDays: z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v), z.unknown()),
});
type WindowCheck = z.output<typeof ZWindowCheck>;

/** Reads the check form into the shape ZAcceptCheck / ZReturnCheck parse. */
export function readWindowCheck(formData: FormData): z.input<typeof ZWindowCheck> {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const documents = [...new Set(formData.getAll("doc").map(String))].map((key) => {
    const verdict = text(`verdict:${key}`);
    return { key, verdict: (VERDICTS as readonly string[]).includes(verdict) ? (verdict as CheckVerdict) : null, problem: text(`problem:${key}`) };
  });
  const other = text("otherProblems")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    applicationId: text("applicationId"),
    expectedVersion: text("expectedVersion"),
    documents,
    other,
    pendingDays: formData.get("pendingDays") ?? undefined,
  };
}

/** False (after saying so) when a document has no verdict yet: then nothing else is said about the check. */
function requireVerdicts(check: WindowCheck, ctx: z.RefinementCtx): boolean {
  const missing = check.documents.filter((d) => d.verdict === null);
  if (!missing.length) return true;
  // `count` travels with the issue into the message's {count} (issueOf reads the issue's own numbers).
  ctx.addIssue({ code: "custom", path: [], message: msg("window.check.chooseAll"), count: missing.length } as never);
  for (const d of missing) ctx.addIssue({ code: "custom", path: [`verdict:${d.key}`], message: msg("window.check.chooseVerdict") });
  return false;
}

/** 受理 from the check form: every document has a verdict, none is a problem (problems go into a return), days in range. */
export const ZAcceptCheck = ZWindowCheck.superRefine((check, ctx) => {
  if (!requireVerdicts(check, ctx)) return;
  if (check.documents.some((d) => d.verdict === "problem")) return ctx.addIssue({ code: "custom", path: [], message: msg("window.check.problemNeedsReturn") });
  if (!ZAcceptApplication.shape.pendingDays.safeParse(check.pendingDays).success)
    ctx.addIssue({ code: "custom", path: ["pendingDays"], message: PENDING_DAYS });
}).transform(
  (check): TAcceptApplication => ({
    applicationId: check.applicationId,
    expectedVersion: check.expectedVersion,
    documents: check.documents.map((d) => ({ documentKey: d.key, verdict: d.verdict as "ok" | "pending" })),
    pendingDays: check.pendingDays as number,
  }),
);

/** 退件 from the check form: ALL problems in the one notice — each document marked 有问题 with its text, then each other problem. */
export const ZReturnCheck = ZWindowCheck.superRefine((check, ctx) => {
  if (!requireVerdicts(check, ctx)) return;
  for (const d of check.documents.filter((x) => x.verdict === "problem")) {
    const parsed = ZReturnProblem.safeParse({ documentKey: d.key, problem: d.problem });
    if (!parsed.success) ctx.addIssue({ ...parsed.error.issues[0]!, code: "custom", path: [`problem:${d.key}`] } as z.core.$ZodRawIssue);
  }
  const bad = check.other.map((problem) => ZReturnProblem.safeParse({ problem })).find((p) => !p.success);
  if (bad?.error) ctx.addIssue({ ...bad.error.issues[0]!, code: "custom", path: ["otherProblems"] } as z.core.$ZodRawIssue);
})
  .transform(
    (check): z.input<typeof ZReturnApplication> => ({
      applicationId: check.applicationId,
      expectedVersion: check.expectedVersion,
      problems: [
        ...check.documents.filter((d) => d.verdict === "problem").map((d) => ({ documentKey: d.key, problem: d.problem })),
        ...check.other.map((problem) => ({ problem })),
      ],
    }),
  )
  // No problem at all: the notice's own schema refuses it, with its own message.
  .pipe(ZReturnApplication);

export const TASK_ACTIONS = ["approve", "reject", "correction", "onsite"] as const;

/** A department's step on its task. A rejection and a correction request say why / what is needed. */
export const ZDecideTask = z
  .object({
    taskId: ZId,
    expectedVersion: ZFormVersion,
    action: z.enum(TASK_ACTIONS, { error: msg(`${E}.chooseAction`) }),
    reason: z
      .string({ error: msg(`${E}.reasonInvalid`) })
      .trim()
      .max(2000, msg(`${E}.reasonTooLong`))
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.action === "reject" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: msg(`${E}.rejectReason`) });
    if (v.action === "correction" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: msg(`${E}.correctionReason`) });
  });

/** The applicant's answer to a correction request (补正), optionally with a file. */
export const ZAnswerCorrection = z.object({
  correctionId: ZId,
  answer: z
    .string({ error: msg(`${E}.answerRequired`) })
    .trim()
    .min(1, msg(`${E}.answerRequired`))
    .max(2000, msg(`${E}.answerTooLong`)),
});

/** Supplementing a pending material (容缺后补) after acceptance. */
export const ZSupplementPending = z.object({ applicationId: ZId, documentKey: ZDocumentKey });

/** 统一出件 and the applicant's "revise a returned application". */
export const ZApplicationStep = z.object({ applicationId: ZId, expectedVersion: ZFormVersion });

/** What a schema with defaults gives; a caller that is not the action (tests, seed, factories) may leave the defaulted fields out. */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
export type TAcceptApplication = WithDefaults<z.output<typeof ZAcceptApplication>, "documents">;
export type TReturnApplication = z.output<typeof ZReturnApplication>;
export type TDecideTask = WithDefaults<z.output<typeof ZDecideTask>, "reason">;
export type TReturnProblem = z.output<typeof ZReturnProblem>;
export type TAnswerCorrection = z.output<typeof ZAnswerCorrection>;
export type TSupplementPending = z.output<typeof ZSupplementPending>;
export type TApplicationStep = z.output<typeof ZApplicationStep>;
