// What the S1 founder receives at 统一出件, read back from the database as the wallet serves it: the business
// licence names itself 营业执照 and carries the registered facts (类型, 法定代表人, 注册资本, 成立日期, 经营范围),
// not "许可项目：企业设立登记"; each permit and receipt bears its document's own title and the licensed items of
// its matter in the standard scope wording; every one is signed with those facts; and the wallet's PDF of
// each renders every character (poppler) with the verification address the portal is configured with.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { decideTask } from "@/lib/approvals/decide-task";
import { issueResults } from "@/lib/approvals/issue-results";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { english, zhError, zhNotice } from "../support/messages";
import { noticeText } from "@/lib/notifications/notice-text";
import { checkSignature, type LicencePayload } from "@/lib/licences/signature";
import { publishedKeys } from "@/lib/licences/signing-key";
import { walletLicencePdf } from "@/lib/licences/wallet-files";
import { extractText, getDocumentProxy } from "unpdf";
import { makeEnterpriseWithApplicant, sessionUserOf } from "../factories";
import { dispatchedS1 } from "../factories/approvals";
import { inkPerCharacter } from "../support/pdf-look";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-issued-"));
process.env.PUBLIC_BASE_URL = "https://yzt.example.gov.cn";

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);

async function issuedS1() {
  const { id, founder, tasks } = await dispatchedS1({ submitAt: at("2026-11-23"), acceptAt: at("2026-11-23", 11), supplementAt: at("2026-11-23", 12) });
  for (const [code, task] of Object.entries(tasks)) {
    await decideTask({
      actor: await sessionUserOf(`dept-${code.toLowerCase()}`),
      now: at("2026-11-24"),
      input: { taskId: task.id, expectedVersion: task.version, action: "approve" },
    });
  }
  const app = await getDb().application.findUniqueOrThrow({ where: { id } });
  const window = await sessionUserOf("window");
  const issued = await issueResults({ actor: window, now: at("2026-11-25", 15), input: { applicationId: id, expectedVersion: app.version } });
  const founderNow = { ...founder, enterpriseId: (await getDb().user.findUniqueOrThrow({ where: { id: founder.id } })).enterpriseId };
  const licences = await getDb().licence.findMany({ where: { applicationItem: { applicationId: id } }, include: { matter: true } });
  return { issued, founder: founderNow, licences };
}

// One S1 per file: the company name it registers is then taken (the name check refuses a second).
let s1: Awaited<ReturnType<typeof issuedS1>>;
beforeAll(async () => {
  s1 = await issuedS1();
}, 120_000);

describe("统一出件: what each document says", () => {
  it("the business licence carries the registered facts; permits and receipts their own title and items; all signed", async () => {
    const { issued, licences } = s1;
    const keys = await publishedKeys(getDb());
    const business = licences.find((l) => l.kind === "BUSINESS")!;
    const p = business.payload as unknown as LicencePayload;
    expect(p).toMatchObject({
      v: 2,
      title: "营业执照",
      holderName: "上海金山晨光便利店有限公司",
      uscc: issued.uscc,
      address: "上海市金山区朱泾镇新农路88号",
      items: [],
      issuer: "上海市金山区市场监督管理局",
      registration: { legalRep: "陈晨", establishedOn: "2026-11-25" },
    });
    expect(p.registration!.entityType).not.toBe("");
    expect(p.registration!.entityType).not.toBe("llc-natural-sole");
    expect(p.registration!.businessScope).toContain("食品销售");
    expect(Number(p.registration!.registeredCapital)).toBeGreaterThan(0);
    expect(business.items).toEqual([]);

    for (const l of licences) {
      expect(checkSignature({ payload: l.payload, signature: l.signature!, keyId: l.keyId! }, keys), l.number).toBe("valid");
      const payload = l.payload as unknown as LicencePayload;
      if (l.kind === "BUSINESS") continue;
      // The document's own title: never the procedure's name wrapped in "许可证（…）".
      expect(payload.title, l.matter!.code).toBe(l.matter!.certificateName || payload.title);
      expect(payload.title).not.toMatch(/^许可证（|核发|审批）$/);
      expect(payload.items.length, l.matter!.code).toBeGreaterThan(0);
      expect(payload.address).toBe("上海市金山区朱泾镇新农路88号");
    }
    const byCode = new Map(licences.map((l) => [l.matter!.code, l.payload as unknown as LicencePayload]));
    expect(byCode.get("LIQUOR_RETAIL")).toMatchObject({ title: "酒类商品零售许可证", items: ["酒类经营"] });
    expect(byCode.get("TOBACCO_RETAIL")).toMatchObject({ title: "烟草专卖零售许可证", items: ["烟草制品零售"] });
    expect(byCode.get("OUTDOOR_SIGN_FILING")?.title).toBe("户外招牌设置备案回执");
    // A new company's filing receipts are numbered and issued with its business licence, naming the new USCC.
    const items = await getDb().applicationItem.findMany({
      where: { status: "FILED", licences: { some: { id: { in: licences.map((l) => l.id) } } } },
      include: { licences: true },
    });
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.receiptNumber).toBe(item.licences[0]!.number);
      expect(item.licences[0]!.uscc).toBe(issued.uscc);
      expect(item.licences[0]!.issuedAt.getTime()).toBe(business.issuedAt.getTime());
    }
  });

  it("the founder's notice lists every document issued, in Chinese as always and in English from the same facts", async () => {
    const { founder, licences } = s1;
    const [note] = await getDb().notification.findMany({ where: { userId: founder.id, key: "domain.approvals.notices.issued" } });
    expect(note).toBeDefined();
    const stored = { key: note!.key, params: note!.params as Record<string, string | number> };
    const business = licences.find((l) => l.kind === "BUSINESS")!;
    const zhBody = zhNotice(stored).body;
    expect(zhBody.split("\n")).toHaveLength(licences.length + 1);
    expect(zhBody).toContain(`共发放 ${licences.length} 项：`);
    expect(zhBody).toContain(`✔ 企业设立登记（营业执照）：营业执照 ${business.number}`);
    const enBody = noticeText({ key: stored.key, params: stored.params }, english, "en").body;
    expect(enBody).toContain(`${licences.length} issued:`);
    expect(enBody).toContain(`✔ Company registration (business licence): Business licence ${business.number}`);
    expect(enBody).toMatch(/: Permit XK/);
    expect(enBody).toMatch(/: Filing receipt BA/);
    expect(enBody).not.toMatch(/营业执照|许可证|备案回执/);
  });

  it("a second new company asking for a name registered since is refused at 统一出件, and nothing is issued", async () => {
    const { id, tasks } = await dispatchedS1({ submitAt: at("2026-11-23"), acceptAt: at("2026-11-23", 11), supplementAt: at("2026-11-23", 12) });
    for (const [code, task] of Object.entries(tasks)) {
      await decideTask({
        actor: await sessionUserOf(`dept-${code.toLowerCase()}`),
        now: at("2026-11-24"),
        input: { taskId: task.id, expectedVersion: task.version, action: "approve" },
      });
    }
    // Both drafts asked for the same name (the check at submission sees registered names only): "上海金山晨光便利店 有限公司".
    const app = await getDb().application.findUniqueOrThrow({ where: { id } });
    const taken = s1.licences.find((l) => l.kind === "BUSINESS")!.holderName;
    await getDb().application.update({
      where: { id },
      data: { formData: { ...(app.formData as object), "subject.name": taken.replace("有限公司", " 有限公司") } },
    });
    const window = await sessionUserOf("window");
    await expect(issueResults({ actor: window, now: at("2026-11-25", 16), input: { applicationId: id, expectedVersion: app.version } })).rejects.toSatisfy(
      (e) => (e as { code?: string }).code === "CONFLICT" && zhError(e).includes("实质相同"),
    );
    expect(await getDb().licence.count({ where: { applicationItem: { applicationId: id } } })).toBe(0);
    expect((await getDb().application.findUniqueOrThrow({ where: { id } })).status).toBe("DECIDED");
  }, 120_000);

  it("an existing enterprise's permit and filing receipt are issued for the premises the application names, not its 住所", async () => {
    const db = getDb();
    const { enterprise, actor } = await makeEnterpriseWithApplicant("第二门店");
    await db.enterprise.update({
      where: { id: enterprise.id },
      data: { businessScope: "许可项目：酒类经营。（依法须经批准的项目，经相关部门批准后方可开展经营活动）一般项目：日用百货销售。" },
    });
    const premises = "上海市金山区朱泾镇人民路200号";
    const app = await db.application.create({
      data: {
        applicantId: actor.id,
        enterpriseId: enterprise.id,
        status: "DECIDED",
        submittedAt: at("2026-11-23"),
        formData: { "premises.address": premises },
      },
    });
    const matter = (code: string) => db.matter.findUniqueOrThrow({ where: { code } });
    await db.applicationItem.create({
      data: { applicationId: app.id, matterId: (await matter("LIQUOR_RETAIL")).id, status: "APPROVED", decidedAt: at("2026-11-24") },
    });
    await db.applicationItem.create({
      data: {
        applicationId: app.id,
        matterId: (await matter("OUTDOOR_SIGN_FILING")).id,
        status: "FILED",
        decidedAt: at("2026-11-23"),
        receiptNumber: `BA20261123-${app.id.toUpperCase()}`,
      },
    });
    const window = await sessionUserOf("window");
    await issueResults({ actor: window, now: at("2026-11-25", 15), input: { applicationId: app.id, expectedVersion: app.version } });
    const issued = await db.licence.findMany({ where: { applicationItem: { applicationId: app.id } }, include: { matter: true } });
    expect(issued.map((l) => l.kind).sort()).toEqual(["FILING_RECEIPT", "PERMIT"]);
    for (const l of issued) {
      expect(l.address, l.number).toBe(premises);
      expect((l.payload as unknown as LicencePayload).address).toBe(premises);
    }
    const permit = issued.find((l) => l.kind === "PERMIT")!;
    expect(permit.payload).toMatchObject({ title: "酒类商品零售许可证", items: ["酒类经营"], holderName: enterprise.name, uscc: enterprise.uscc });
    // An existing enterprise's receipt keeps the number it got at submission.
    expect(issued.find((l) => l.kind === "FILING_RECEIPT")!.number).toBe(`BA20261123-${app.id.toUpperCase()}`);
  });

  it("the wallet's PDF of every issued document renders every character, with the configured public address", async () => {
    const { founder, licences } = s1;
    const t = makeT(zhCN);
    for (const l of licences) {
      const file = await walletLicencePdf({ actor: founder, now: at("2026-11-26"), licenceId: l.id, t });
      const runs = await inkPerCharacter(file.bytes);
      expect(
        runs.filter((r) => r.blank.length),
        l.number,
      ).toEqual([]);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.bytes)), { mergePages: true });
      expect(text.replace(/\s+/g, "")).toContain(`https://yzt.example.gov.cn/verify/licence/${l.number}`);
      expect(text).not.toContain("localhost");
    }
  }, 120_000);
});
