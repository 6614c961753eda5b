import "server-only";
// 统一出件 (金山方案 三(二)4: 统一窗口出件; 珠海方案: 综合受理窗口负责统一收件、统一出证): when every department
// has decided and no 容缺 material is still awaited, the window issues every result together — the business
// licence with a newly assigned USCC for a new enterprise, the permits, the filing receipts. Rejected matters
// are explained in the same notice; the approved ones are issued all the same.
import { randomInt } from "node:crypto";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { shanghaiDate, shanghaiDay, isoDay } from "@/lib/calendar/dates";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { workingDaysBetween } from "@/lib/calendar/task-clock";
import { newCompanyUscc } from "@/lib/ids/org-code";
import { wanToYuan } from "@/lib/forms/capital";
import { formAndDocuments, lockApplication, type ApplicationDetail } from "./application-detail";
import { issuePlan } from "./issue-plan";
import { type IssuedLine, issuedNotice, NO_HOLDER_KEY } from "@/lib/notifications/issued-notice";
import { PAYLOAD_VERSION, signPayload } from "@/lib/licences/signature";
import { certificateTitle, licensedItems } from "@/lib/licences/certificate-title";
import { registrationFacts } from "@/lib/licences/registration-facts";
import { loadScopeTerms } from "@/lib/scope/load-scope-terms";
import { findNameConflict, type NameConflict } from "@/lib/forms/name-check";
import { parseScope, registryScope, type ScopeTermLike } from "@/lib/scope/derive-scope";
import { currentSigningKey, type SigningKey } from "@/lib/licences/signing-key";
import type { TApplicationStep } from "./schemas";
import { recordEvent } from "@/lib/applications/record-event";
import { statusesFor } from "@/lib/applications/status-rules";
import { scheduleVerification } from "@/lib/supervision/schedule-verification";

/** 上海市金山区: the district this portal registers companies in (its USCC division code). */
export const DIVISION_CODE = "310116";

const zhT = makeT(zhCN);

const PREFIX = { BUSINESS: "YZ", PERMIT: "XK", FILING_RECEIPT: "BA" } as const;

export interface IssueResult {
  issued: { kind: keyof typeof PREFIX; number: string; matter: string }[];
  rejected: { matter: string; reason: string }[];
  uscc: string | null;
  workingDaysTaken: number;
}

export async function issueResults(opts: { actor: SessionUser; now: Date; input: TApplicationStep }): Promise<IssueResult> {
  const { actor, now, input } = opts;
  assertCan(actor.role, "application.issue");

  return getDb().$transaction(async (tx) => {
    const app = await lockApplication(tx, { id: input.applicationId, status: statusesFor("ISSUE"), expectedVersion: input.expectedVersion });
    const awaited = app.pending.filter((p) => p.status === "OPEN");
    if (awaited.length) {
      throw new AppError("CONFLICT", "domain.approvals.errors.issue.pendingAwaited", {
        names: [...new Set(awaited.map((p) => `“${p.requirement.name}”`))].join("、"),
      });
    }
    const plan = issuePlan({ hasEnterprise: app.enterprise !== null, items: app.items });
    const { form } = await formAndDocuments(tx, app, now);
    const terms = await loadScopeTerms(tx);
    const enterprise = app.enterprise
      ? await tx.enterprise.findUniqueOrThrow({ where: { id: app.enterprise.id } })
      : plan.newCompany
        ? await registerEnterprise(tx, { app, form, terms, now })
        : null;
    // A permit or a filing receipt is for the premises the application names (经营场所); the business
    // licence carries the registered 住所. Without premises of their own, the premises are the 住所.
    const premises = formText(form, "premises.address");
    const heldScope = enterprise ? parseScope(enterprise.businessScope, terms) : { licensed: [], general: [] };
    const held = new Set([...heldScope.licensed, ...heldScope.general]);

    const issued: IssueResult["issued"] = [];
    const rejected: IssueResult["rejected"] = [];
    // The applicant's notice, line by line, as facts its reader's locale words (issued-notice.ts).
    const lines: IssuedLine[] = [];
    const day = shanghaiDay(now).replace(/-/g, "");
    let signer: SigningKey | undefined;
    for (const entry of plan.entries) {
      const { item } = entry;
      const m = item.matter;
      if (entry.outcome === "rejected") {
        rejected.push({ matter: m.name, reason: item.decisionReason ?? zhT("domain.approvals.notices.issuedLines.notGranted") });
        lines.push({ line: "rejected", matterCode: m.code, matter: m.name, reason: item.decisionReason });
        continue;
      }
      if (entry.outcome === "noHolder" || !enterprise) {
        // The item's decision reason is the record's (in Chinese, as the departments' own reasons are).
        const reason = zhT(NO_HOLDER_KEY);
        await tx.applicationItem.update({ where: { id: item.id }, data: { status: "REJECTED", decisionReason: reason, decidedAt: now } });
        rejected.push({ matter: m.name, reason });
        lines.push({ line: "noHolder", matterCode: m.code, matter: m.name });
        continue;
      }
      const kind = entry.kind;
      const number = item.status === "FILED" && item.receiptNumber ? item.receiptNumber : `${PREFIX[kind]}${day}-${item.id.toUpperCase()}`;
      const validFrom = shanghaiDate(now);
      const validUntil = m.validityYears
        ? new Date(Date.UTC(validFrom.getUTCFullYear() + m.validityYears, validFrom.getUTCMonth(), validFrom.getUTCDate() - 1))
        : null;
      const address = kind === "BUSINESS" ? enterprise.address : premises || enterprise.address;
      const matterTerms = terms.filter((term) => term.matterCodes.includes(m.code)).map((term) => term.name);
      const items = kind === "BUSINESS" ? [] : licensedItems({ matterName: m.name, terms: matterTerms, held });
      // 电子证照: the canonical payload, signed under the current key (lib/licences/signature.ts).
      const signed = signPayload(
        {
          v: PAYLOAD_VERSION,
          number,
          kind,
          title: certificateTitle(kind, m),
          holderName: enterprise.name,
          uscc: enterprise.uscc,
          matter: { code: m.code, name: m.name },
          items,
          address,
          ...(kind === "BUSINESS" ? { registration: registrationFacts(enterprise) } : {}),
          validFrom: shanghaiDay(now),
          validUntil: validUntil ? isoDay(validUntil) : null,
          issuer: m.department.name,
          issuedAt: now.toISOString(),
          version: 1,
          supersedes: null,
        },
        // biome-ignore lint/suspicious/noAssignInExpressions: the signing key is read once, at the first licence
        (signer ??= await currentSigningKey(tx)),
      );
      const licence = await tx.licence.create({
        select: { id: true, number: true, enterpriseId: true },
        data: {
          payload: signed.payload as unknown as Prisma.InputJsonValue,
          signature: signed.signature,
          keyId: signed.keyId,
          number,
          kind,
          enterpriseId: enterprise.id,
          matterId: m.id,
          applicationItemId: item.id,
          holderName: enterprise.name,
          uscc: enterprise.uscc,
          address,
          items,
          validFrom,
          validUntil,
          issuedByDepartmentId: m.departmentId,
          issuedAt: now,
        },
      });
      // 告知承诺核查: a permit granted on commitment is checked afterwards (金山方案 二(一)3).
      if (kind === "PERMIT" && item.useCommitment) await scheduleVerification(tx, { licence, matter: m, now });
      if (item.status === "APPROVED") await tx.applicationItem.update({ where: { id: item.id }, data: { status: "ISSUED" } });
      // A new company's filing receipt is numbered now, with the USCC it names (submit-application.ts).
      else if (item.status === "FILED" && !item.receiptNumber) await tx.applicationItem.update({ where: { id: item.id }, data: { receiptNumber: number } });
      issued.push({ kind, number, matter: m.name });
      lines.push({ line: "issued", matterCode: m.code, matter: m.name, kind, number });
    }

    const workingDaysTaken = workingDaysBetween(app.submittedAt!, now, await loadCalendar(tx));
    // 统一出件's target is the table's (status-rules.ts), with its history row; the update stays conditional.
    const to = await recordEvent(tx, {
      applicationId: app.id,
      type: "ISSUE",
      from: app.status,
      actorId: actor.id,
      at: now,
      detail: { issued: issued.length, rejected: rejected.length },
    });
    const moved = await tx.application.updateMany({
      where: { id: app.id, status: app.status },
      data: { status: to, issuedAt: now, workingDaysTaken, enterpriseId: enterprise?.id ?? null, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "domain.approvals.errors.view.staleApplication");
    // Issued lines first, then the refused ones, as the notice always listed them.
    const ordered = [...lines.filter((l) => l.line === "issued"), ...lines.filter((l) => l.line !== "issued")];
    await notify(tx, {
      to: { users: [app.applicantId] },
      ...issuedNotice(ordered, zhT),
      link: `/my/applications/${app.id}`,
      now,
    });
    if (enterprise) {
      await tx.outboxMessage.create({
        data: {
          topic: "licence.issued",
          target: "credit-platform",
          payload: { uscc: enterprise.uscc, name: enterprise.name, licences: issued },
          nextAttemptAt: now,
          createdAt: now,
        },
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.issue",
      entityType: "Application",
      entityId: app.id,
      before: { status: app.status },
      after: { status: to, issued, rejected, workingDaysTaken },
      at: now,
    });
    return { issued, rejected, uscc: enterprise?.uscc ?? null, workingDaysTaken };
  });
}

type IssueForm = Awaited<ReturnType<typeof formAndDocuments>>["form"];

function formText(form: IssueForm, key: string): string {
  const value = form.effective[key];
  return typeof value === "string" ? value.trim() : "";
}

const NAME_TAKEN = {
  exact: "domain.approvals.errors.issue.nameTakenExact",
  similar: "domain.approvals.errors.issue.nameTakenSimilar",
  pendingChange: "domain.approvals.errors.issue.nameTakenPendingChange",
} as const;

/** Which of the name-check's three refusals (lib/forms/name-check.ts nameConflictMessage) a conflict is. */
function nameTakenKind(conflict: NameConflict): keyof typeof NAME_TAKEN {
  if (conflict.kind === "pendingChange") return "pendingChange";
  return conflict.exact ? "exact" : "similar";
}

/** 设立登记: the new enterprise from its approved registration form, with a newly assigned USCC. */
async function registerEnterprise(tx: Prisma.TransactionClient, opts: { app: ApplicationDetail; form: IssueForm; terms: ScopeTermLike[]; now: Date }) {
  const { app, form, terms, now } = opts;
  const v = (key: string) => formText(form, key);
  const entityType =
    form.dictionary.find((d) => d.key === "subject.entityType")?.options?.find((o) => o.value === v("subject.entityType"))?.label ?? v("subject.entityType");
  // Two new companies' applications may ask for the same name (a draft's name is not a registered one): the
  // first registered keeps it, the second is refused here, before anything is issued (registration/name-check.ts).
  const conflict = await findNameConflict({ db: tx, name: v("subject.name"), exceptEnterpriseId: null });
  if (conflict) throw new AppError("CONFLICT", NAME_TAKEN[nameTakenKind(conflict)], { name: v("subject.name"), other: conflict.name });
  let uscc = newCompanyUscc(DIVISION_CODE, () => randomInt(1 << 30) / (1 << 30));
  while (await tx.enterprise.findUnique({ where: { uscc }, select: { id: true } })) uscc = newCompanyUscc(DIVISION_CODE, () => randomInt(1 << 30) / (1 << 30));
  const enterprise = await tx.enterprise.create({
    data: {
      uscc,
      name: v("subject.name"),
      entityType,
      registeredCapital: wanToYuan(v("subject.registeredCapital")),
      address: v("subject.address") || v("premises.address"),
      legalRepName: v("subject.legalRep.name"),
      legalRepIdNumber: v("subject.legalRep.idNumber"),
      phone: v("subject.phone"),
      // In the registry's wording even when the applicant corrected it as a plain list (lib/scope/derive-scope.ts).
      businessScope: registryScope(v("subject.businessScope"), terms),
      establishedAt: shanghaiDate(now),
    },
  });
  // The founder's account now acts for the company it founded.
  await tx.user.update({ where: { id: app.applicantId }, data: { enterpriseId: enterprise.id } });
  return enterprise;
}
