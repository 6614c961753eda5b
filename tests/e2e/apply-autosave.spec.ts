// Issue 15 §6 (browser half): one invalid field does not stop autosave for the rest; the invalid value is
// marked, kept in this browser and back after a reload. §2: registry facts are read-only, with the way to
// 变更登记. Self-contained: the applicant is this spec's own (a copy of the demo convenience store's
// company, 张伟), so no other spec's draft is in the way.
import { expect, test, type Page } from "@playwright/test";
import { seed } from "./seed";
import { expectNoViolations, login } from "./support";

const START = "/apply?matters=PUBLICATION_RETAIL";

/** A reload on a busy shared dev server: wait until the form is back before asserting on it. */
async function reload(page: Page) {
  await page.reload({ timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1, name: "一表申请", exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('[data-field="premises.area"] input')).toBeVisible({ timeout: 90_000 });
}

async function openDraft(page: Page): Promise<string> {
  await page.goto(START);
  await page.getByRole("button", { name: "开始一表申请" }).click();
  // A new draft, or (one pending application per matter and premises) the page names the existing one.
  const existing = page.getByRole("alert").filter({ hasText: "/apply/" });
  await expect(page.getByRole("heading", { level: 1, name: "一表申请", exact: true }).or(existing).first()).toBeVisible({ timeout: 90_000 });
  if (!/\/apply\/[a-z0-9]+$/.test(page.url())) {
    const id = /\/apply\/([a-z0-9]+)/.exec(await existing.innerText())![1]!;
    await page.goto(`/apply/${id}`);
  }
  await expect(page.getByRole("heading", { level: 1, name: "一表申请", exact: true })).toBeVisible();
  return /\/apply\/([a-z0-9]+)$/.exec(page.url())![1]!;
}

test("a bad field is kept and marked while the rest is saved; after a reload nothing typed is lost", async ({ page }) => {
  test.setTimeout(300_000);
  await login(page, (await seed("applicant", "自动保存", "applicant")).username);
  const id = await openDraft(page);

  // Registry facts: shown with their source, no input, only the way to 变更登记.
  const uscc = page.getByTestId("known-subject.uscc");
  await expect(uscc).toContainText("来源：企业登记信息");
  await expect(uscc.getByRole("link", { name: "如需更正，请办理变更登记（统一社会信用代码）" })).toHaveAttribute("href", "/my/enterprise");
  await expect(page.locator('[data-field="subject.uscc"]')).toHaveCount(0);

  // The premises are the applicant's own field (a shop may be elsewhere): correctable, saved.
  const correctPremises = page.getByRole("button", { name: "更正“经营场所地址”" });
  if (await correctPremises.count()) await correctPremises.click();
  const premises = page.locator('[data-field="premises.address"] input');
  const address = `上海市金山区石化街道卫零路${Date.now() % 1000}号`;
  await premises.fill(address);
  const area = page.locator('[data-field="premises.area"] input');
  await area.fill("八十");

  const status = page.getByTestId("save-status");
  await expect(status).toContainText("其余内容已自动保存", { timeout: 60_000 });
  await expect(status).toContainText("1 项有误");
  const areaField = page.locator('[data-field="premises.area"]');
  await expect(areaField).toContainText("请填写数字");
  await expect(areaField.getByTestId("kept-locally")).toBeVisible();
  await expect(area).toHaveAttribute("aria-invalid", "true");

  // Reload: the good value came back from the server, the bad one from this browser, still marked.
  await reload(page);
  await expect(page.locator('[data-field="premises.address"] input')).toHaveValue(address, { timeout: 30_000 });
  await expect(area).toHaveValue("八十", { timeout: 30_000 });
  await expect(areaField).toContainText("请填写数字");
  await expect(areaField.getByTestId("kept-locally")).toBeVisible();
  await expectNoViolations(page);

  // Fixed: saved, and no longer kept only in the browser.
  await area.fill("80");
  await expect(status).toHaveText("已自动保存", { timeout: 60_000 });
  await expect(areaField.getByTestId("kept-locally")).toHaveCount(0);
  expect(await page.evaluate((key) => window.sessionStorage.getItem(key), `onelicence.draft.${id}`)).toBeNull();
  await reload(page);
  await expect(area).toHaveValue("80", { timeout: 30_000 });
  await expect(areaField).not.toContainText("请填写数字");
});
