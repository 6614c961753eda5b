// The e-signed 公司章程 says what the applicant answered (issue 15 §4): its 经营范围 is derived only from the
// finder's answers, the form's values and the chosen matters (lib/scope/derive-scope.ts), in the standard
// wording, 许可项目 apart from 一般项目 as the registry writes them; its 注册资本 is in 万元 like the
// shareholder list. Through the domain functions on the real database, for the S1 store and a hotel
// without baths that does not sell online.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import { getDb } from "@/lib/db";
import { decideTask } from "@/lib/approvals/decide-task";
import { issueResults } from "@/lib/approvals/issue-results";
import { startApplication } from "@/lib/applications/start-application";
import { getApplicationForm } from "@/lib/applications/get-application-form";
import { getApplyPage } from "@/lib/applications/get-apply-page";
import { saveDraft } from "@/lib/applications/save-draft";
import { allFields } from "@/lib/forms/merge-form";
import { GENERAL_NOTE, LICENSED_NOTE } from "@/lib/scope/derive-scope";
import { S1_ANSWERS, sessionUserOf } from "../factories";
import { dispatchedS1 } from "../factories/approvals";
import { fillS1, makeFounder, startS1 } from "../factories/s1";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "onelicence-articles-"));

const NOW = new Date("2026-11-23T02:00:00Z");

async function articlesOf(founder: SessionUser, id: string): Promise<string> {
  const form = await getApplicationForm({ actor: founder, applicationId: id });
  const page = await getApplyPage({ actor: founder, form, now: NOW });
  const doc = page.documents.find((d) => d.documentKey === "articles.draft");
  if (doc?.online?.status !== "ready") throw new Error(`articles not ready: ${JSON.stringify(doc?.online)}`);
  return doc.online.text;
}

const scopeLine = (text: string) => text.split("\n").find((l) => l.startsWith("第四条"));

describe("the generated articles (公司章程) say what was answered", () => {
  it("S1 convenience store: licensed items from its permits, general items from its answers, nothing else", async () => {
    const founder = await makeFounder();
    const id = await startS1(founder, NOW);
    await fillS1(founder, id, NOW);
    const form = await getApplicationForm({ actor: founder, applicationId: id });
    const scope = allFields(form.form).find((f) => f.key === "subject.businessScope");
    expect(scope?.known?.source).toContain("经营范围规范表述");

    const text = await articlesOf(founder, id);
    expect(scopeLine(text)).toBe(
      `第四条　公司经营范围（以登记机关登记的为准）：许可项目：酒类经营；烟草制品零售；出版物零售。${LICENSED_NOTE}一般项目：食品销售（仅销售预包装食品）；日用百货销售。${GENERAL_NOTE}`,
    );
    // S1 answered 仅销售预包装食品 and did not ask for a food licence: no licensed food item.
    expect(text).not.toMatch(/许可项目：[^（]*食品销售；/);
    expect(text).not.toContain("食品互联网销售");
    // 注册资本 in 万元, the shareholders' 50 万元.
    expect(text).toContain("第五条　公司注册资本为人民币50万元。");
    expect(form.effective["subject.registeredCapital"]).toBe("50");
    expect(S1_ANSWERS.food_kind).toBe("prepackaged");
  });

  it("a hotel without baths that does not sell online: 住宿服务 and 餐饮服务, never 洗浴服务 or 食品互联网销售", async () => {
    const founder = await makeFounder();
    const answers = {
      has_licence: "no",
      activities: "accommodation,catering",
      sells_liquor: "no",
      sells_tobacco: "no",
      area: "900",
      outdoor_sign: "no",
      gas_use: "pipeline",
    };
    const { id } = await startApplication({
      actor: founder,
      now: NOW,
      input: {
        matterCodes: ["HOTEL_SPECIAL_TRADE", "PUBLIC_PLACE_HYGIENE", "FOOD_OPERATION", "FIRE_SAFETY_CHECK"],
        clientKey: randomUUID(),
        guideQuery: new URLSearchParams(answers).toString(),
      },
    });
    // Before the form says anything about online sales, the scope has no online item.
    const first = (await getApplicationForm({ actor: founder, applicationId: id })).effective["subject.businessScope"];
    expect(first).toBe(`许可项目：餐饮服务；住宿服务。${LICENSED_NOTE}`);

    await fillS1(founder, id, NOW);
    let form = await getApplicationForm({ actor: founder, applicationId: id });
    // Asked once, in the finder: a lodging place (公共场所类别), a hotel for the fire check (场所类型).
    const known = new Map(
      allFields(form.form)
        .filter((f) => f.known)
        .map((f) => [f.key, f.known!.value]),
    );
    expect(known.get("business.publicPlaceType")).toBe("lodging");
    expect(known.get("business.venueType")).toBe("hotel");
    // 网络经营 = 否 (the filler would have said 是); the kitchen cooks hot meals and sells no packaged food.
    const saved = await saveDraft({
      actor: founder,
      now: NOW,
      input: {
        applicationId: id,
        expectedVersion: form.version,
        values: { ...form.values, "business.onlineSales": "no", "business.foodCategories": ["hot-meals"] },
      },
    });
    expect(saved).toMatchObject({ ok: true });
    form = await getApplicationForm({ actor: founder, applicationId: id });
    expect(form.values["business.onlineSales"]).toBe("no");

    const text = await articlesOf(founder, id);
    expect(scopeLine(text)).toBe(`第四条　公司经营范围（以登记机关登记的为准）：许可项目：餐饮服务；住宿服务。${LICENSED_NOTE}`);
    for (const absent of ["洗浴服务", "食品互联网销售", "食品销售；", "一般项目"]) expect(text).not.toContain(absent);

    // Selling online after all: the scope (and so the articles to sign) says so.
    const again = await saveDraft({
      actor: founder,
      now: NOW,
      input: { applicationId: id, expectedVersion: form.version, values: { ...form.values, "business.onlineSales": "yes" } },
    });
    expect(again).toMatchObject({ ok: true });
    expect(scopeLine(await articlesOf(founder, id))).toContain("许可项目：餐饮服务；食品互联网销售；住宿服务。");
  });

  it("at registration the form's 万元 become the registry's yuan: 50 万元 is 500000.00 元, the scope as the articles say", async () => {
    const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);
    const { id, founder, tasks } = await dispatchedS1({ submitAt: at("2026-11-23"), acceptAt: at("2026-11-23", 11), supplementAt: at("2026-11-23", 12) });
    const articles = await getDb().material.findFirstOrThrow({ where: { applicationId: id, documentKey: "articles.draft", origin: "GENERATED" } });
    expect(articles.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const [code, task] of Object.entries(tasks)) {
      await decideTask({
        actor: await sessionUserOf(`dept-${code.toLowerCase()}`),
        now: at("2026-11-24"),
        input: { taskId: task.id, expectedVersion: task.version, action: "approve" },
      });
    }
    const app = await getDb().application.findUniqueOrThrow({ where: { id } });
    const issued = await issueResults({
      actor: await sessionUserOf("window"),
      now: at("2026-11-25", 15),
      input: { applicationId: id, expectedVersion: app.version },
    });
    const enterprise = await getDb().enterprise.findUniqueOrThrow({ where: { uscc: issued.uscc! } });
    expect(enterprise.registeredCapital?.toString()).toBe("500000");
    expect(enterprise.registeredCapital?.toFixed(2)).toBe("500000.00");
    expect(enterprise.businessScope).toBe(
      `许可项目：酒类经营；烟草制品零售；出版物零售。${LICENSED_NOTE}一般项目：食品销售（仅销售预包装食品）；日用百货销售。${GENERAL_NOTE}`,
    );
    // The same form read back for the new company: 万元 again.
    const form = await getApplicationForm({ actor: founder, applicationId: id });
    expect(form.effective["subject.registeredCapital"]).toBe("50");
  }, 120_000);
});
