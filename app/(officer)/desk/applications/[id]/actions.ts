"use server";
// Server actions of the window's application page: each checks the permission, reads the form, calls ONE
// domain function (which validates again with the same zod schemas and re-checks the version the officer
// saw: a second officer acting on a stale page gets the domain's CONFLICT message) and then shows the
// application where it went.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/actions/legacy-failure";
import { getI18n } from "@/lib/i18n/server";
import type { TFunction } from "@/lib/i18n/core";
import { acceptApplication } from "@/lib/approvals/accept-application";
import { returnApplication } from "@/lib/approvals/return-application";
import { issueResults } from "@/lib/approvals/issue-results";
import { ZAcceptApplication, ZReturnProblem, type TReturnProblem } from "@/lib/approvals/schemas";

/** A failure, with messages tied to the form's fields (by input name) where one field is at fault. */
export type DeskActionState = (ActionFailure & { fieldErrors?: Record<string, string> }) | null;

const VERDICTS = ["ok", "problem", "pending"] as const;
type Verdict = (typeof VERDICTS)[number];

/** A number typed or carried in the form; empty is not 0 (the schema then says what is wrong). */
const numberOf = (value: FormDataEntryValue | null) => (typeof value === "string" && value.trim() !== "" ? Number(value) : NaN);

/** The completeness check as the form sends it: one verdict per listed document, problem texts, other problems. */
function readCheck(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? "");
  const documents = [...new Set(formData.getAll("doc").map(String))].map((key) => {
    const verdict = text(`verdict:${key}`);
    return { key, verdict: (VERDICTS as readonly string[]).includes(verdict) ? (verdict as Verdict) : null, problem: text(`problem:${key}`) };
  });
  return {
    applicationId: text("applicationId"),
    expectedVersion: numberOf(formData.get("expectedVersion")),
    documents,
    other: text("otherProblems")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    pendingDays: numberOf(formData.get("pendingDays")),
  };
}

type Check = ReturnType<typeof readCheck>;

/** 一次性告知 needs every document looked at: both accepting and returning ask for a verdict on each. */
function unchecked(check: Check, t: TFunction): DeskActionState {
  const missing = check.documents.filter((d) => d.verdict === null);
  if (!missing.length) return null;
  return {
    ok: false,
    error: t("window.check.chooseAll", { count: missing.length }),
    fieldErrors: Object.fromEntries(missing.map((d) => [`verdict:${d.key}`, t("window.check.chooseVerdict")])),
  };
}

const pathOf = (id: string) => `/desk/applications/${encodeURIComponent(id)}`;

function showResult(id: string, done: "accepted" | "returned" | "issued"): never {
  revalidatePath("/desk");
  revalidatePath(pathOf(id));
  redirect(`${pathOf(id)}?done=${done}`);
}

export async function acceptAction(_prev: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const check = readCheck(formData);
  try {
    const actor = (await requirePermission("application.accept"))!;
    const { t } = await getI18n();
    const failure = unchecked(check, t);
    if (failure) return failure;
    if (check.documents.some((d) => d.verdict === "problem")) return { ok: false, error: t("window.check.problemNeedsReturn") };
    const days = ZAcceptApplication.shape.pendingDays.safeParse(check.pendingDays);
    if (!days.success) return { ok: false, error: days.error.issues[0]!.message, fieldErrors: { pendingDays: days.error.issues[0]!.message } };
    await acceptApplication({
      actor,
      now: new Date(),
      input: {
        applicationId: check.applicationId,
        expectedVersion: check.expectedVersion,
        documents: check.documents.map((d) => ({ documentKey: d.key, verdict: d.verdict })),
        pendingDays: days.data,
      },
    });
  } catch (e) {
    return actionFailure(e, "desk.accept");
  }
  showResult(check.applicationId, "accepted");
}

export async function returnAction(_prev: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const check = readCheck(formData);
  try {
    const actor = (await requirePermission("application.return"))!;
    const { t } = await getI18n();
    const failure = unchecked(check, t);
    if (failure) return failure;
    // ALL problems in the one notice: every document marked 有问题 with its text, then each other problem.
    const problems: TReturnProblem[] = [];
    const fieldErrors: Record<string, string> = {};
    for (const d of check.documents.filter((x) => x.verdict === "problem")) {
      const parsed = ZReturnProblem.safeParse({ documentKey: d.key, problem: d.problem });
      if (parsed.success) problems.push(parsed.data);
      else fieldErrors[`problem:${d.key}`] = parsed.error.issues[0]!.message;
    }
    for (const line of check.other) {
      const parsed = ZReturnProblem.safeParse({ problem: line });
      if (parsed.success) problems.push(parsed.data);
      else fieldErrors.otherProblems ??= parsed.error.issues[0]!.message;
    }
    const first = Object.values(fieldErrors)[0];
    if (first) return { ok: false, error: first, fieldErrors };
    // No problem at all: the domain refuses a notice without one, with its own message.
    await returnApplication({ actor, now: new Date(), input: { applicationId: check.applicationId, expectedVersion: check.expectedVersion, problems } });
  } catch (e) {
    return actionFailure(e, "desk.return");
  }
  showResult(check.applicationId, "returned");
}

export async function issueAction(_prev: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const applicationId = String(formData.get("applicationId") ?? "");
  try {
    const actor = (await requirePermission("application.issue"))!;
    await issueResults({ actor, now: new Date(), input: { applicationId, expectedVersion: numberOf(formData.get("expectedVersion")) } });
  } catch (e) {
    return actionFailure(e, "desk.issue");
  }
  showResult(applicationId, "issued");
}
