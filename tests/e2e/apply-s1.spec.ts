// S1 (../shared/SCENARIOS.md): a founder who has never registered a company opens an 80 m² convenience
// store. Finder → one-time notice → one application for the business licence and every permit →
// submitted, meeting the goal: fieldsTyped ≤ 25% of fieldsBaseline, materialsSubmitted ≤ 15% of
// materialsBaseline — read from the submitted application's own stored counters.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { FOUNDER_ID_NUMBER } from "../../prisma/seed/data/users";
import { answerS1, expectNoViolations, fillRequiredFields, login, signCommitments, signGeneratedDocuments, twoNumbers } from "./support";

// The founder's real-name identity, as seeded: the shareholder and legal representative they type.
const FOUNDER_ID = FOUNDER_ID_NUMBER;

test("S1: from the finder to a submitted application with ≤ 25% of the fields typed and ≤ 15% of the documents", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, "founder");
  await answerS1(page);
  await page.getByRole("link", { name: "从本告知书开始一表申请" }).click();
  await expect(page).toHaveURL(/\/apply\?matters=/);
  // No enterprise yet: the business registration joins the same application.
  await expect(page.getByTestId("start-registration")).toBeVisible();
  await page.getByRole("button", { name: "开始一表申请" }).click();
  await expect(page).toHaveURL(/\/apply\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "一表申请" })).toBeVisible();

  // Carried over from the finder: the floor area is not asked again.
  await expect(page.getByTestId("known-premises.area").getByTestId("known-value")).toHaveText("80");

  // First what other fields follow from; the derived ones then appear as known, with their source.
  const typed: string[] = [];
  const fill = async (key: string, value: string) => {
    await page.locator(`[data-field="${key}"]`).locator("input, textarea").first().fill(value);
    typed.push(key);
  };
  await fill("subject.shareholders", `陈晨 ${FOUNDER_ID} 50`);
  await fill("subject.address", "上海市金山区朱泾镇新农路88号");
  await fill("subject.legalRep.idNumber", FOUNDER_ID);
  await fill("subject.phone", "13800138000");
  await fill("premises.name", "晨光便利店");
  await expect(page.getByTestId("save-status")).toHaveText("已自动保存", { timeout: 10_000 });
  const capital = page.getByTestId("known-subject.registeredCapital");
  await expect(capital.getByTestId("known-value")).toHaveText("500000", { timeout: 10_000 });
  await expect(capital).toContainText("按股东认缴出资额合计");
  await expect(page.getByTestId("known-premises.address").getByTestId("known-value")).toHaveText("上海市金山区朱泾镇新农路88号");
  await expect(page.getByTestId("known-subject.legalRep.idType")).toBeVisible();
  await expect(page.getByTestId("known-sign.content").getByTestId("known-value")).toHaveText("晨光便利店");

  typed.push(
    ...(await fillRequiredFields(page, {
      "subject.name": "上海金山晨光便利店有限公司",
      "subject.entityType": "llc-natural-sole",
      "subject.legalRep.name": "陈晨",
      "subject.supervisor.name": "陈明",
      "subject.contact.name": "陈晨",
      "sign.size": "4×0.8",
    })),
  );

  // The articles, the appointment decision and the sign schematic are written from the form and e-signed.
  const articles = page.getByTestId("doc-articles.draft");
  await expect(articles.locator("pre")).toContainText("上海金山晨光便利店有限公司章程");
  await expect(articles.locator("pre")).toContainText("陈晨，认缴出资50万元");
  await expect(page.getByTestId("doc-appointment").locator("pre")).toContainText("股东决定");
  await expect(page.getByTestId("doc-sign.design").getByRole("img", { name: /长 4 米，高 0.8 米/ })).toBeVisible();
  await expectNoViolations(page);
  await signGeneratedDocuments(page, ["articles.draft", "appointment", "sign.design"]);
  // Shareholder identities are verified online from the ID numbers in the form.
  await expect(page.getByTestId("not-needed")).toContainText("股东主体资格证明或自然人身份证明（已在线核验，免交：自然人股东与登录账户的实名认证身份一致）");

  // Liquor by commitment; the premises photos and location map after the licence (容缺); the lease uploaded.
  await signCommitments(page, ["LIQUOR_RETAIL"]);
  for (const key of ["premises.photos", "premises.locationMap"]) {
    const row = page.getByTestId(`doc-${key}`);
    await row.getByRole("checkbox", { name: /容缺后补/ }).check();
    await expect(row).toContainText("补交期限");
  }
  const dir = mkdtempSync(path.join(tmpdir(), "apply-s1-"));
  const pdf = path.join(dir, "租赁合同.pdf");
  writeFileSync(pdf, "%PDF-1.4\n%%EOF\n");
  const lease = page.getByTestId("doc-premises.lease");
  await lease.locator('input[type="file"]').setInputFiles(pdf);
  await expect(lease.getByTestId("uploaded-file")).toHaveText("已上传：租赁合同.pdf");
  await expect(page.getByTestId("materials-counter")).toHaveText("您需上传 3 份材料 — 分别办理需提交 24 份");

  await page.getByRole("button", { name: "提交申请" }).click();
  const summary = page.getByTestId("submitted-summary");
  await expect(summary).toBeVisible({ timeout: 15_000 });
  const fields = twoNumbers(await summary.getByTestId("summary-fields").innerText());
  const materials = twoNumbers(await summary.getByTestId("summary-materials").innerText());
  expect(fields.n).toBe(typed.length);
  expect(fields.n / fields.m).toBeLessThanOrEqual(0.25);
  expect(materials).toEqual({ n: 3, m: 24 });
  await expect(summary.getByTestId("summary-generated")).toHaveText("另有 3 份由本网站根据表单生成、经您电子签名");
  expect(materials.n / materials.m).toBeLessThanOrEqual(0.15);
  // The two filing matters are done at once, each with its receipt.
  await expect(summary.getByTestId("receipt-number")).toHaveCount(2);
  // The founder's workspace lists it, submitted.
  await summary.getByRole("link", { name: "返回我的办事" }).click();
  await expect(page.getByTestId("my-applications").locator("tr").filter({ hasText: "企业设立登记（营业执照）" })).toContainText("已提交待受理");
  console.info(`S1 e2e: fields ${fields.n}/${fields.m}, materials ${materials.n}/${materials.m}`);
});
