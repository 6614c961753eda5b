import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { seed } from "./seed";
import { type SeededApplicant, expectNoViolations, fillRequiredFields, login, signCommitments, signGeneratedDocuments, twoNumbers } from "./support";

// S2 (small restaurant, existing enterprise): the merged one-form page from start to submitted summary,
// started from the finder's notice for a 120 m² restaurant with liquor, an outdoor sign and bottled gas
// (the link the notice gives: its three permits and its answers).
const S2_ANSWERS = "has_licence=yes&activities=catering&sells_liquor=yes&area=120&outdoor_sign=yes&outdoor_ad=no&gas_use=bottled";
const S2 = `/apply?matters=FOOD_OPERATION,LIQUOR_RETAIL,OUTDOOR_SIGN_FILING&from=${encodeURIComponent(S2_ANSWERS)}`;

// Each test's applicant is its own: a copy of applicant2's restaurant company under a name of its own (one
// pending application per matter and premises, issue 15 §6, is then never another spec's).
let applicant: SeededApplicant;
test.beforeEach(async () => {
  applicant = await seed("applicant");
});

async function startDraft(page: Page) {
  await page.goto(S2);
  await page.getByRole("button", { name: "开始一表申请" }).click();
  await expect(page).toHaveURL(/\/apply\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "一表申请" })).toBeVisible();
}

// What the portal holds about the restaurant's enterprise (its registration record): never typed again.
const PROFILE_FIELDS = [
  "subject.name",
  "subject.uscc",
  "subject.entityType",
  "subject.address",
  "subject.legalRep.name",
  "subject.legalRep.idNumber",
  "subject.phone",
];

test("S2: the merged form is pre-filled, autosaved, signed, uploaded and submitted; nothing the portal knows is typed", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, applicant.username);
  await startDraft(page);

  // What the portal knows is shown with its source, not as an empty input.
  const name = page.getByTestId("known-subject.name");
  await expect(name.getByTestId("known-value")).toHaveText(applicant.enterpriseName);
  await expect(name).toContainText("来源：企业登记信息");
  // A registry fact: no 更正 here, only the way to 变更登记 (issue 15 §2).
  await expect(name.getByRole("button", { name: "更正“企业名称”" })).toHaveCount(0);
  await expect(name.getByRole("link", { name: "如需更正，请办理变更登记（企业名称）" })).toHaveAttribute("href", "/my/enterprise");
  await expect(page.getByTestId("known-subject.uscc").getByRole("link", { name: /请办理变更登记/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^企业名称/ })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: /^统一社会信用代码/ })).toHaveCount(0);

  // Fewer fields and documents than applying separately.
  const fields = twoNumbers(await page.getByTestId("fields-counter").innerText());
  expect(fields.n).toBeGreaterThan(0);
  expect(fields.n).toBeLessThan(fields.m);
  const materials = twoNumbers(await page.getByTestId("materials-counter").innerText());
  expect(materials.n).toBeLessThan(materials.m);

  // Browser validation on blur, with the same message the server gives.
  const phone = page.locator('[data-field][data-type="PHONE"]').first();
  if (await phone.count()) {
    const input = phone.locator("input");
    await input.fill("123");
    await input.blur();
    await expect(phone).toContainText("请填写11位手机号码");
    await input.fill("");
  }

  // From the finder: the floor area and the liquor retail format are not asked again.
  await expect(page.getByTestId("known-premises.area").getByTestId("known-value")).toHaveText("120");
  await expect(page.getByTestId("known-business.retailFormat").getByTestId("known-value")).toHaveText("餐饮店");
  // The restaurant is not at the registered address: the applicant corrects the suggested premises address.
  await page.getByRole("button", { name: "更正“经营场所地址”" }).click();
  const premises = page.locator('[data-field="premises.address"] input');
  await expect(premises).toBeFocused();
  await premises.fill("上海市金山区石化街道卫零路1号");
  // The shop's name first: the sign text follows from it.
  await page.locator('[data-field="premises.name"] input').fill("枫味小馆");
  await expect(page.getByTestId("known-sign.content").getByTestId("known-value")).toHaveText("枫味小馆", { timeout: 10_000 });
  const typed = ["premises.address", "premises.name", ...(await fillRequiredFields(page, { "sign.size": "3×0.8" }))];
  // Nothing the portal knows was typed: every profile field in the form is shown as known, none was filled.
  for (const key of PROFILE_FIELDS) {
    expect(typed, key).not.toContain(key);
    if (await page.getByTestId(`known-${key}`).count()) await expect(page.getByTestId(`known-${key}`)).toBeVisible();
  }
  expect(typed.length).toBeGreaterThan(0);

  await signCommitments(page, ["FOOD_OPERATION", "LIQUOR_RETAIL"]);
  await expect(page.getByTestId("not-needed")).toContainText("已签署告知承诺，免交");

  // The sign schematic is drawn from the form and e-signed, not uploaded.
  await expect(page.getByTestId("doc-sign.design").getByTestId("sign-drawing")).toBeVisible();
  await signGeneratedDocuments(page, ["sign.design"]);

  // The health certificate may be supplemented later (容缺).
  const health = page.locator('[data-testid^="doc-"]').filter({ hasText: "健康证明" });
  await expect(health).toHaveCount(1);
  await health.getByRole("checkbox", { name: /容缺后补/ }).check();
  await expect(health).toContainText("补交期限");

  // Upload a small PDF for every other document still listed.
  const dir = mkdtempSync(path.join(tmpdir(), "apply-e2e-"));
  const pdf = path.join(dir, "材料.pdf");
  writeFileSync(pdf, "%PDF-1.4\n%%EOF\n");
  const rows = page.locator('li[data-testid^="doc-"]');
  const keys = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!));
  let uploaded = 0;
  for (const key of keys) {
    const row = page.getByTestId(key);
    if ((await row.getByTestId("uploaded-file").count()) || (await row.getByText("补交期限").count()) || (await row.getByTestId("document-signed").count()))
      continue;
    await row.locator('input[type="file"]').setInputFiles(pdf);
    await expect(row.getByTestId("uploaded-file")).toHaveText("已上传：材料.pdf");
    uploaded++;
  }

  await page.getByRole("button", { name: "提交申请" }).click();
  const summary = page.getByTestId("submitted-summary");
  await expect(summary).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: "已提交" })).toBeVisible();
  // The stored counters: exactly what was typed; the uploads plus the one to supplement later.
  expect(twoNumbers(await summary.getByTestId("summary-fields").innerText())).toEqual({ n: typed.length, m: fields.m });
  const sent = twoNumbers(await summary.getByTestId("summary-materials").innerText());
  expect(sent.n).toBe(uploaded + 1);
  expect(sent.n / sent.m).toBeLessThanOrEqual(0.15);
  // SCENARIOS.md S2: goal as in S1, the premises address correction included.
  expect(typed.length / fields.m).toBeLessThanOrEqual(0.25);
  console.info(`S2 e2e: fields ${typed.length}/${fields.m}, materials ${sent.n}/${sent.m}`);
  await expect(summary.getByTestId("receipt-number").first()).toHaveText(/^BA\d{8}-[0-9A-Z]{20,}$/);
  await expect(summary.getByRole("link", { name: "返回我的办事" })).toHaveAttribute("href", "/my");
  await expectNoViolations(page);
});

test("submitting an incomplete form lists every problem in a focused summary that links to the fields", async ({ page }) => {
  await login(page, applicant.username);
  await startDraft(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expectNoViolations(page);
  await expect(summary.getByRole("listitem").first()).toBeVisible();
  const link = summary.getByRole("link").first();
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page.locator(href)).toBeFocused();
});

test("the form page has no WCAG A/AA violations and no horizontal scrolling at 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await login(page, applicant.username);
  await startDraft(page);
  await expectNoViolations(page);
  await page.screenshot({ path: path.join(tmpdir(), "apply-form-375.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a draft resumes on another device from 我的申请, with what was typed", async ({ page, browser }) => {
  await login(page, applicant.username);
  await startDraft(page);
  const id = page.url().split("/").pop()!;
  const field = page.locator('[data-field][data-type="TEXT"][data-required="true"]').first();
  const key = (await field.getAttribute("data-field"))!;
  await field.locator("input").fill("另一台设备上继续");
  await expect(page.getByTestId("save-status")).toHaveText("已自动保存", { timeout: 10_000 });

  // Another device: a fresh browser context, signed in again.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await login(phone, applicant.username);
  await phone.goto("/my");
  const row = phone
    .getByTestId("my-applications")
    .locator("tr")
    .filter({ has: phone.locator(`a[href="/apply/${id}"]`) });
  await expect(row).toContainText("草稿");
  await row.getByRole("link", { name: "继续填写" }).click();
  await expect(phone).toHaveURL(new RegExp(`/apply/${id}$`));
  await expect(phone.locator(`[data-field="${key}"] input`)).toHaveValue("另一台设备上继续");
  await expectNoViolations(phone);
  await other.close();
});
