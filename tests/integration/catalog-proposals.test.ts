// 清单动态管理 (晋中方案 三(二)): a department proposes a change to its own matter, the regulator publishes
// it as a new version or rejects it. Real PostgreSQL, seeded users and catalog.
import { zhError, zhNotice } from "../support/messages";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { entryOf } from "@/lib/catalog/entry";
import type { TMatterEntry } from "@/lib/catalog/schemas";
import { proposeMatterChange as proposeParsed } from "@/lib/catalog/propose-change";
import { approveProposal as approveParsed, rejectProposal as rejectParsed } from "@/lib/catalog/decide-proposal";
import { ZApproveProposal, ZProposeChange, ZRejectProposal } from "@/lib/catalog/proposal-schemas";
import { isAppError, parseInput } from "@/lib/errors";
import { listDeptProposals, listProposalsForReview } from "@/lib/catalog/list-proposals";
import { getOwnMatterEntry, listDeptMatters } from "@/lib/catalog/list-dept-matters";
import { sessionUserOf } from "../factories";

const NOW = new Date("2026-11-23T02:00:00Z"); // 10:00 in Shanghai
const LATER = new Date("2026-11-24T17:30:00Z"); // 01:30 on 25 Nov in Shanghai
const users: Record<string, SessionUser> = {};

// As the server actions do (defineAction): the input is parsed once with the domain's schema, then the use case runs.
type Opts = { actor: SessionUser; now: Date };
const proposeMatterChange = async ({ actor, now, input }: Opts & { input: unknown }) => proposeParsed({ actor, now, input: parseInput(ZProposeChange, input) });
const approveProposal = async ({ actor, now, ...input }: Opts & { proposalId: string; note?: string }) =>
  approveParsed({ actor, now, input: parseInput(ZApproveProposal, input) });
const rejectProposal = async ({ actor, now, ...input }: Opts & { proposalId: string; reason: string }) =>
  rejectParsed({ actor, now, input: parseInput(ZRejectProposal, input) });

/** A refusal as the visitor reads it: its code and its words in Chinese. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    return { code: isAppError(e) ? e.code : "UNEXPECTED", message: zhError(e) };
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  for (const name of ["dept-scjg", "head-scjg", "dept-ycj", "regulator", "applicant", "window", "admin"]) {
    users[name] = await sessionUserOf(name);
  }
});

async function current(code: string) {
  const m = await getDb().matter.findUniqueOrThrow({ where: { code }, include: { materials: true } });
  return { matter: m, entry: entryOf(m) };
}

async function propose(actorName: string, code: string, change: (e: TMatterEntry) => TMatterEntry, opts: { reason?: string; baseVersion?: number } = {}) {
  const { matter, entry } = await current(code);
  return proposeMatterChange({
    actor: users[actorName]!,
    now: NOW,
    input: {
      matterCode: code,
      baseVersion: opts.baseVersion ?? matter.catalogVersion,
      entry: change(entry),
      reason: opts.reason ?? "根据最新规定调整办理要求",
    },
  });
}

const addMaterial = (e: TMatterEntry): TMatterEntry => ({
  ...e,
  materials: [
    ...e.materials,
    {
      documentKey: "food.managerTraining",
      name: "食品安全管理人员培训合格证明",
      description: "",
      isKey: false,
      waivableByCommitment: true,
      mayBePending: false,
      heldByGovernment: false,
    },
  ],
});

describe("proposing a change", () => {
  it("officer proposes → regulator approves: the matter changes, a PROPOSAL version is published, audited and notified", async () => {
    const db = getDb();
    const before = await current("FOOD_OPERATION");
    const regulatorNotesBefore = await db.notification.count({ where: { userId: users.regulator!.id } });

    const { proposalId, duplicate } = await propose("dept-scjg", "FOOD_OPERATION", (e) => ({ ...addMaterial(e), statutoryDays: 15, fees: "不收取任何费用" }));
    expect(duplicate).toBe(false);
    // Nothing published yet: the proposal only waits.
    expect((await current("FOOD_OPERATION")).matter.catalogVersion).toBe(before.matter.catalogVersion);
    const toRegulator = await db.notification.findMany({ where: { userId: users.regulator!.id }, orderBy: { createdAt: "desc" } });
    expect(toRegulator.length - regulatorNotesBefore).toBe(1);
    expect(toRegulator[0]!.link).toBe(`/regulator/catalog/proposals/${proposalId}`);

    const result = await approveProposal({ actor: users.regulator!, now: LATER, proposalId, note: "同意" });
    expect(result).toEqual({ proposalId, status: "APPROVED", version: before.matter.catalogVersion + 1 });

    const after = await current("FOOD_OPERATION");
    expect(after.matter.catalogVersion).toBe(before.matter.catalogVersion + 1);
    expect(after.matter.statutoryDays).toBe(15);
    expect(after.matter.fees).toBe("不收取任何费用");
    expect(after.entry.materials.map((m) => m.documentKey)).toContain("food.managerTraining");
    expect(after.entry.materials).toHaveLength(before.entry.materials.length + 1);

    const version = await db.matterVersion.findUniqueOrThrow({
      where: { matterId_version: { matterId: after.matter.id, version: after.matter.catalogVersion } },
    });
    expect(version.source).toBe("PROPOSAL");
    expect(version.proposalId).toBe(proposalId);
    expect(version.publishedById).toBe(users.regulator!.id);
    expect(version.note).toBe("同意");
    // Effective from the Shanghai calendar day of the decision, not the UTC one.
    expect(version.effectiveFrom.toISOString().slice(0, 10)).toBe("2026-11-25");
    expect((version.snapshot as unknown as TMatterEntry).statutoryDays).toBe(15);

    const proposal = await db.matterChangeProposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal).toMatchObject({ status: "APPROVED", decidedById: users.regulator!.id, decisionReason: "同意" });
    expect(proposal.decidedAt?.toISOString()).toBe(LATER.toISOString());

    const actions = (await db.auditLog.findMany({ where: { OR: [{ entityId: proposalId }, { entityId: after.matter.id, action: "catalog.publish" }] } })).map(
      (a) => a.action,
    );
    expect(actions.sort()).toEqual(["catalog.proposal.approve", "catalog.propose", "catalog.publish"]);

    const toProposer = await db.notification.findMany({ where: { userId: users["dept-scjg"]!.id } });
    expect(toProposer.some((n) => zhNotice(n).title.includes("已发布") && zhNotice(n).body.includes(`第${after.matter.catalogVersion}版`))).toBe(true);

    const mine = await listDeptProposals({ actor: users["dept-scjg"]! });
    const view = mine.find((p) => p.id === proposalId)!;
    expect(view.status).toBe("APPROVED");
    expect(view.publishedVersion).toBe(after.matter.catalogVersion);
    // The readable diff against the base version: two fields and one added material.
    expect(view.changes.map((c) => (c.kind === "field" ? c.field : c.kind)).sort()).toEqual(["fees", "material-added", "statutoryDays"]);
  });

  it("identical resubmission returns the pending proposal instead of a duplicate; a different one waits its turn", async () => {
    const db = getDb();
    const change = (e: TMatterEntry) => ({ ...e, supervisionMeasures: `${e.supervisionMeasures}\n每年开展一次专项检查。` });
    const first = await propose("dept-scjg", "LIQUOR_RETAIL", change);
    const notes = await db.notification.count();
    const again = await propose("dept-scjg", "LIQUOR_RETAIL", change);
    expect(again).toEqual({ proposalId: first.proposalId, duplicate: true });
    expect(await db.matterChangeProposal.count({ where: { matter: { code: "LIQUOR_RETAIL" } } })).toBe(1);
    expect(await db.notification.count()).toBe(notes);

    await expect(propose("dept-scjg", "LIQUOR_RETAIL", (e) => ({ ...e, fees: "按规定收费" }))).rejects.toMatchObject({ code: "CONFLICT" });
    // Two identical submissions at the same instant (a double click) still make one proposal.
    const both = await Promise.all([0, 1].map(() => propose("head-scjg", "LIQUOR_RETAIL", change)));
    expect(both[0]!.proposalId).toBe(both[1]!.proposalId);
    expect(await db.matterChangeProposal.count({ where: { matter: { code: "LIQUOR_RETAIL" } } })).toBe(2);
  });

  it("refuses a proposal that changes nothing", async () => {
    expect(await refusal(propose("dept-scjg", "DRUG_RETAIL", (e) => e))).toMatchObject({ code: "BAD_INPUT", message: expect.stringContaining("未作任何修改") });
    // Whitespace the schema trims away is not a change either.
    await expect(propose("dept-scjg", "DRUG_RETAIL", (e) => ({ ...e, name: ` ${e.name} ` }))).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("validates the entry and the reason on the server", async () => {
    expect(await refusal(propose("dept-scjg", "DRUG_RETAIL", (e) => ({ ...e, promisedDays: e.statutoryDays + 1 })))).toMatchObject({
      code: "BAD_INPUT",
      message: "承诺时限不能超过法定时限",
    });
    expect(await refusal(propose("dept-scjg", "DRUG_RETAIL", (e) => ({ ...e, fees: "免费" }), { reason: "太短" }))).toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining("调整理由至少5个字"),
    });
  });

  it("an officer of another department gets NOT_FOUND, the same answer as for a matter that does not exist", async () => {
    const db = getDb();
    const count = await db.matterChangeProposal.count();
    expect(await refusal(propose("dept-ycj", "FOOD_PRODUCTION", (e) => ({ ...e, fees: "免费" })))).toMatchObject({
      code: "NOT_FOUND",
      message: "事项不存在或不属于本部门",
    });
    expect(
      await refusal(
        proposeMatterChange({
          actor: users["dept-scjg"]!,
          now: NOW,
          input: { matterCode: "NO_SUCH_MATTER", baseVersion: 1, entry: (await current("FOOD_PRODUCTION")).entry, reason: "根据最新规定调整" },
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "事项不存在或不属于本部门" });
    expect(await db.matterChangeProposal.count()).toBe(count);
    await expect(getOwnMatterEntry({ actor: users["dept-ycj"]!, code: "FOOD_PRODUCTION" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ycjMatters = await listDeptMatters({ actor: users["dept-ycj"]! });
    expect(ycjMatters.matters.map((m) => m.code)).toContain("TOBACCO_RETAIL");
    expect(ycjMatters.matters.map((m) => m.code)).not.toContain("FOOD_PRODUCTION");
  });

  it.each(["applicant", "window", "regulator", "admin"])("%s may not propose (FORBIDDEN)", async (who) => {
    await expect(propose(who, "FOOD_PRODUCTION", (e) => ({ ...e, fees: "免费" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a stale base version is a CONFLICT when proposing", async () => {
    const { proposalId } = await propose("dept-scjg", "MEDICAL_DEVICE_III", (e) => ({ ...e, fees: "不收费（依法免收）" }));
    await approveProposal({ actor: users.regulator!, now: NOW, proposalId });
    const { matter } = await current("MEDICAL_DEVICE_III");
    expect(
      await refusal(propose("dept-scjg", "MEDICAL_DEVICE_III", (e) => ({ ...e, fees: "另一处修改" }), { baseVersion: matter.catalogVersion - 1 })),
    ).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`已发布第${matter.catalogVersion}版`) });
  });
});

describe("deciding a proposal", () => {
  it("rejection needs a reason of at least 5 characters, and changes nothing in the catalog", async () => {
    const db = getDb();
    const before = await current("FOOD_PRODUCTION");
    const versions = await db.matterVersion.count();
    const { proposalId } = await propose("dept-scjg", "FOOD_PRODUCTION", (e) => ({ ...e, reformMode: "FILING" }));

    expect(await refusal(rejectProposal({ actor: users.regulator!, now: NOW, proposalId, reason: "不行" }))).toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining("驳回理由至少5个字"),
    });
    await expect(rejectProposal({ actor: users.regulator!, now: NOW, proposalId, reason: "     " })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect((await db.matterChangeProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("PENDING");

    const reason = "改为备案缺少法律依据，请补充依据后重新提出";
    expect(await rejectProposal({ actor: users.regulator!, now: NOW, proposalId, reason })).toEqual({ proposalId, status: "REJECTED", version: null });
    const after = await current("FOOD_PRODUCTION");
    expect(after.matter.catalogVersion).toBe(before.matter.catalogVersion);
    expect(after.entry).toEqual(before.entry);
    expect(await db.matterVersion.count()).toBe(versions);
    expect(await db.matterChangeProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      status: "REJECTED",
      decisionReason: reason,
      decidedById: users.regulator!.id,
    });
    expect(await db.auditLog.count({ where: { entityId: proposalId, action: "catalog.proposal.reject" } })).toBe(1);
    const notes = await db.notification.findMany({ where: { userId: users["dept-scjg"]!.id } });
    const note = notes.find((n) => zhNotice(n).body.includes(reason));
    expect(note).not.toBeNull();
    expect(zhNotice(note!).title).toContain("未通过");
    expect(zhNotice(note!).body).toContain(reason);

    // Decided is final: neither approval nor a second rejection.
    expect(await refusal(approveProposal({ actor: users.regulator!, now: NOW, proposalId }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("该申请已处理"),
    });
    await expect(rejectProposal({ actor: users.regulator!, now: NOW, proposalId, reason: "再次驳回试试看" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a second approval gets CONFLICT, also when both arrive at once, and only one version is published", async () => {
    const db = getDb();
    const before = await current("PREPACKAGED_FOOD_FILING");
    const first = await propose("dept-scjg", "PREPACKAGED_FOOD_FILING", (e) => ({ ...e, reformMeasures: `${e.reformMeasures}全程网办。` }));
    await approveProposal({ actor: users.regulator!, now: NOW, proposalId: first.proposalId });
    expect(await refusal(approveProposal({ actor: users.regulator!, now: NOW, proposalId: first.proposalId }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("该申请已处理"),
    });

    const second = await propose("dept-scjg", "PREPACKAGED_FOOD_FILING", (e) => ({ ...e, fees: "免费办理" }));
    const results = await Promise.allSettled([0, 1].map(() => approveProposal({ actor: users.regulator!, now: NOW, proposalId: second.proposalId })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "CONFLICT" });
    const after = await current("PREPACKAGED_FOOD_FILING");
    expect(after.matter.catalogVersion).toBe(before.matter.catalogVersion + 2);
    expect(await db.matterVersion.count({ where: { matterId: after.matter.id, source: "PROPOSAL" } })).toBe(2);
  });

  it("approving a proposal whose base was overtaken is a CONFLICT and leaves it pending for rejection", async () => {
    const db = getDb();
    const a = await propose("dept-scjg", "MEDICAL_DEVICE_II_FILING", (e) => ({ ...e, fees: "不收费（备案）" }));
    const b = await propose("head-scjg", "MEDICAL_DEVICE_II_FILING", (e) => ({ ...e, conditions: `${e.conditions}\n具有与经营规模相适应的贮存场所` }));
    await approveProposal({ actor: users.regulator!, now: NOW, proposalId: a.proposalId });
    const version = (await current("MEDICAL_DEVICE_II_FILING")).matter.catalogVersion;

    expect(await refusal(approveProposal({ actor: users.regulator!, now: NOW, proposalId: b.proposalId }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("请驳回"),
    });
    expect((await db.matterChangeProposal.findUniqueOrThrow({ where: { id: b.proposalId } })).status).toBe("PENDING");
    expect((await current("MEDICAL_DEVICE_II_FILING")).matter.catalogVersion).toBe(version);
    const queue = await listProposalsForReview({ actor: users.regulator! });
    expect(queue.pending.find((p) => p.id === b.proposalId)?.isStale).toBe(true);
  });

  it("only the regulator may decide: everyone else is FORBIDDEN and the proposal stays pending", async () => {
    const { proposalId } = await propose("dept-scjg", "AD_PUBLISH_REGISTRATION", (e) => ({ ...e, fees: "免费" }));
    for (const who of ["dept-scjg", "head-scjg", "applicant", "window", "admin"]) {
      await expect(approveProposal({ actor: users[who]!, now: NOW, proposalId }), who).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(rejectProposal({ actor: users[who]!, now: NOW, proposalId, reason: "没有权限的驳回" }), who).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listProposalsForReview({ actor: users[who]! }), who).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await getDb().matterChangeProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("PENDING");
  });

  it("the regulator's queue lists pending proposals oldest first, then decided ones; a department sees only its own", async () => {
    const queue = await listProposalsForReview({ actor: users.regulator! });
    expect(queue.pending.length).toBeGreaterThan(0);
    expect(queue.pending.every((p) => p.status === "PENDING")).toBe(true);
    expect(queue.decided.every((p) => p.status !== "PENDING")).toBe(true);
    const created = queue.pending.map((p) => p.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(await listDeptProposals({ actor: users["dept-ycj"]! })).toEqual([]);
    await expect(listDeptProposals({ actor: users.regulator! })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
