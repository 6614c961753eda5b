import "server-only";
// 一企一档 (/regulator/enterprises/[uscc]): one enterprise on one page for the regulator — its registration,
// credit grade with each factor, risk score with each factor, every licence (all versions), application,
// commitment and its verification, inspection, credit record, registration change and service rating —
// and one timeline of all of them, newest first. 晋中方案 (004) 三(四): 归集…登记注册、经营许可、备案、执法
// 检查、行政处罚等信息.
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { normalizeCodeInput } from "@/lib/ids/normalize";
import type { ApplicationStatus, EnterpriseStatus, InspectionResult, LicenceKind, LicenceStatus, VerificationStatus } from "@/lib/generated/prisma/enums";
import { assessCredit, isInForce, DEDUCTION, type CreditAssessment } from "./credit-grade";
import { riskScore, type RiskFactor } from "./risk-score";
import { NO_RISK, loadRiskFacts } from "./list-risk";
import { LICENCE_STATUS_TEXT } from "@/lib/licences/licence-status-rules";
import { parseOutcome, premisesNoteOf, type PremisesNote, type RegistrationOutcome } from "@/lib/base/registration-outcome";
import type { RegistrationChangeKind } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/calendar/dates";

export type DossierEventKind = "registration" | "application" | "licence" | "verification" | "inspection" | "credit" | "review";

export interface DossierEvent {
  at: Date;
  kind: DossierEventKind;
  text: string;
}

export interface Dossier {
  enterprise: {
    name: string;
    uscc: string;
    status: EnterpriseStatus;
    address: string;
    legalRepName: string;
    entityType: string;
    industry: string;
    businessScope: string;
    establishedAt: string;
  };
  credit: CreditAssessment;
  risk: { score: number; factors: RiskFactor[] };
  /** Every version; `supersedes` names the version a 变更 re-issue replaced; `premises` what an address change left it with. */
  licences: {
    number: string;
    kind: LicenceKind;
    matter: string | null;
    status: LicenceStatus;
    statusReason: string | null;
    version: number;
    issuedAt: Date;
    validUntil: string | null;
    issuer: string;
    address: string;
    supersedes: string | null;
    premises: PremisesNote | null;
  }[];
  /** Approved 变更/注销 registrations, newest first, with what each did to the licences. */
  registrations: ({
    at: Date;
    kind: RegistrationChangeKind;
    oldName: string;
    newName: string | null;
    oldAddress: string;
    newAddress: string | null;
  } & RegistrationOutcome)[];
  applications: {
    id: string;
    status: ApplicationStatus;
    matters: string[];
    submittedAt: Date | null;
    issuedAt: Date | null;
    workingDaysTaken: number | null;
  }[];
  commitments: {
    matter: string;
    signedAt: Date;
    licence: string | null;
    verification: { status: VerificationStatus; dueOn: string; rectifyBy: string | null; findings: string | null } | null;
  }[];
  inspections: { plan: string; grade: string; result: InspectionResult; findings: string; inspectedAt: Date | null }[];
  creditRecords: {
    id: string;
    type: string;
    severity: string;
    source: string;
    description: string;
    occurredAt: Date;
    inForce: boolean;
    deduction: number;
    repairStatus: string;
  }[];
  reviews: { at: Date; overall: number; comment: string; department: string | null }[];
  timeline: DossierEvent[];
}

const day = (d: Date | null) => (d ? isoDay(d) : null);

export async function getEnterpriseDossier(opts: { actor: SessionUser; now: Date; uscc: string }): Promise<Dossier> {
  assertCan(opts.actor.role, "supervision.manage");
  const uscc = normalizeCodeInput(opts.uscc);
  const db = getDb();
  const e = await db.enterprise.findUnique({
    where: { uscc },
    select: {
      id: true,
      name: true,
      uscc: true,
      status: true,
      address: true,
      legalRepName: true,
      entityType: true,
      industry: true,
      businessScope: true,
      establishedAt: true,
      licences: {
        orderBy: { issuedAt: "desc" },
        select: {
          number: true,
          kind: true,
          status: true,
          statusReason: true,
          version: true,
          issuedAt: true,
          validUntil: true,
          address: true,
          supersedes: { select: { number: true } },
          matter: { select: { name: true } },
          issuedBy: { select: { name: true } },
        },
      },
      applications: {
        where: { status: { not: "DRAFT" } },
        orderBy: { submittedAt: "desc" },
        select: {
          id: true,
          status: true,
          submittedAt: true,
          issuedAt: true,
          workingDaysTaken: true,
          items: {
            select: {
              matter: { select: { name: true } },
              commitment: { select: { signedAt: true } },
              licences: {
                orderBy: { version: "desc" },
                take: 1,
                select: { number: true, verification: { select: { status: true, dueOn: true, rectifyBy: true, findings: true } } },
              },
            },
          },
        },
      },
      inspections: {
        orderBy: { createdAt: "desc" },
        select: { grade: true, result: true, findings: true, inspectedAt: true, createdAt: true, plan: { select: { name: true } } },
      },
      creditRecords: {
        orderBy: { occurredAt: "desc" },
        select: { id: true, type: true, severity: true, source: true, description: true, occurredAt: true, expiresAt: true, repairStatus: true },
      },
      registrationChanges: {
        where: { status: "APPROVED" },
        orderBy: { decidedAt: "desc" },
        select: { kind: true, oldName: true, newName: true, oldAddress: true, newAddress: true, decidedAt: true, outcome: true },
      },
    },
  });
  if (!e) throw new AppError("NOT_FOUND", "domain.supervision.errors.dossierNotFound");
  const reviews = await db.serviceReview.findMany({
    where: { application: { enterpriseId: e.id } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, overall: true, comment: true, department: { select: { name: true } } },
  });
  const credit = assessCredit(e.creditRecords, opts.now);
  const facts = (await loadRiskFacts(db, opts.now, [e.id])).get(e.id) ?? NO_RISK;

  const commitments = e.applications.flatMap((a) =>
    a.items
      .filter((i) => i.commitment)
      .map((i) => {
        const l = i.licences[0];
        const v = l?.verification;
        return {
          matter: i.matter.name,
          signedAt: i.commitment!.signedAt,
          licence: l?.number ?? null,
          verification: v ? { status: v.status, dueOn: day(v.dueOn)!, rectifyBy: day(v.rectifyBy), findings: v.findings } : null,
        };
      }),
  );

  const registrations = e.registrationChanges.map((r) => ({
    at: r.decidedAt!,
    kind: r.kind,
    oldName: r.oldName,
    newName: r.newName,
    oldAddress: r.oldAddress,
    newAddress: r.newAddress,
    ...parseOutcome(r.outcome),
  }));
  const noteChanges = registrations.map((r) => ({ decidedAt: r.at, newAddress: r.newAddress, outcome: r }));

  const timeline: DossierEvent[] = [
    { at: e.establishedAt, kind: "registration" as const, text: `设立登记：${e.entityType}` },
    ...registrations.map((r) => ({
      at: r.at,
      kind: "registration" as const,
      text:
        r.kind === "CANCEL"
          ? "注销登记"
          : `变更登记：${[r.newName && `名称 → ${r.newName}`, r.newAddress && `住所 → ${r.newAddress}`].filter(Boolean).join("；")}${changeSummary(r)}`,
    })),
    ...e.applications
      .filter((a) => a.submittedAt)
      .map((a) => ({ at: a.submittedAt!, kind: "application" as const, text: `提交申请：${a.items.map((i) => i.matter.name).join("、")}` })),
    ...e.licences.map((l) => ({
      at: l.issuedAt,
      kind: "licence" as const,
      text: `发证：${l.matter?.name ?? "营业执照"} ${l.number}${l.version > 1 ? `（第 ${l.version} 版）` : ""}${l.status !== "VALID" ? `，现为“${LICENCE_STATUS_TEXT[l.status]}”` : ""}`,
    })),
    ...commitments
      .filter((c) => c.verification?.findings)
      .map((c) => ({ at: c.signedAt, kind: "verification" as const, text: `告知承诺核查（${c.matter}）：${c.verification!.findings}` })),
    ...e.inspections.map((i) => ({
      at: i.inspectedAt ?? i.createdAt,
      kind: "inspection" as const,
      text: `双随机抽查（${i.plan.name}）：${i.result === "PENDING" ? "已抽中，待检查" : i.findings}`,
    })),
    ...e.creditRecords.map((r) => ({ at: r.occurredAt, kind: "credit" as const, text: `信用记录（${r.source}）：${r.description}` })),
    ...reviews.map((r) => ({ at: r.createdAt, kind: "review" as const, text: `服务评价 ${r.overall} 分${r.comment ? `：${r.comment}` : ""}` })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return {
    enterprise: {
      name: e.name,
      uscc: e.uscc,
      status: e.status,
      address: e.address,
      legalRepName: e.legalRepName,
      entityType: e.entityType,
      industry: e.industry,
      businessScope: e.businessScope,
      establishedAt: day(e.establishedAt)!,
    },
    credit,
    risk: riskScore({ ...facts, grade: credit.grade }),
    licences: e.licences.map((l) => ({
      number: l.number,
      kind: l.kind,
      matter: l.matter?.name ?? null,
      status: l.status,
      statusReason: l.statusReason,
      version: l.version,
      issuedAt: l.issuedAt,
      validUntil: day(l.validUntil),
      issuer: l.issuedBy.name,
      address: l.address,
      supersedes: l.supersedes?.number ?? null,
      // Only a version still held carries the note: a replaced one is read through its successor.
      premises: l.status === "SUPERSEDED" ? null : premisesNoteOf(l.number, noteChanges),
    })),
    registrations,
    applications: e.applications.map((a) => ({
      id: a.id,
      status: a.status,
      matters: a.items.map((i) => i.matter.name),
      submittedAt: a.submittedAt,
      issuedAt: a.issuedAt,
      workingDaysTaken: a.workingDaysTaken,
    })),
    commitments,
    inspections: e.inspections.map((i) => ({ plan: i.plan.name, grade: i.grade, result: i.result, findings: i.findings, inspectedAt: i.inspectedAt })),
    creditRecords: e.creditRecords.map((r) => {
      const inForce = isInForce(r, opts.now);
      return {
        id: r.id,
        type: r.type,
        severity: r.severity,
        source: r.source,
        description: r.description,
        occurredAt: r.occurredAt,
        inForce,
        deduction: inForce ? DEDUCTION[r.severity] : 0,
        repairStatus: r.repairStatus,
      };
    }),
    reviews: reviews.map((r) => ({ at: r.createdAt, overall: r.overall, comment: r.comment, department: r.department?.name ?? null })),
    timeline,
  };
}

/** What a change did to the licences, in the timeline's words (the zh-CN wording the timeline is stored in). */
function changeSummary(r: RegistrationOutcome): string {
  const parts = [
    r.reissued.length ? `换发 ${r.reissued.length} 项证照` : "",
    r.kept.length ? `${r.kept.length} 项在自有经营场所保持不变` : "",
    r.review.length ? `${r.review.length} 项按原经营场所核发、未随住所迁移，待发证部门审查（${r.review.map((x) => x.number).join("、")}）` : "",
  ].filter(Boolean);
  return parts.length ? `。${parts.join("；")}` : "";
}
