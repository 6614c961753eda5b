import { expect, test, type Page } from "@playwright/test";
import { seed } from "./seed";
import { login, expectNoViolations } from "./support";

const S1_QUERY =
  "has_licence=yes&activities=retail&sells_food=yes&food_kind=prepackaged&sells_liquor=yes&sells_tobacco=no&sells_publications=no&sells_drugs=no&medical_devices=none&special_goods=&area=80&outdoor_sign=no&gas_use=none";

async function applicationCount(page: Page) {
  await page.goto("/my");
  return Number(await page.getByTestId("stat-applications").textContent());
}

test("from the finder notice to a new one-form draft", async ({ page }) => {
  // An applicant of its own: one pending application per matter and premises (issue 15 §6) is then never another spec's.
  await login(page, (await seed("applicant")).username);
  const before = await applicationCount(page);

  await page.goto(`/guide?${S1_QUERY}`);
  const items = page.getByTestId("notice-items").locator(":scope > li");
  await expect(items.first()).toBeVisible();
  const permitNames = (await items.locator("h3 a").allTextContents()).filter((n) => !n.includes("企业设立登记"));
  expect(permitNames.length).toBeGreaterThan(0);

  await page.getByRole("link", { name: "从本告知书开始一表申请" }).click();
  await expect(page).toHaveURL(/\/apply\?matters=/);
  await expect(page.getByRole("heading", { level: 1, name: "开始一表申请" })).toBeVisible();
  const boxes = page.getByTestId("start-matters").getByRole("checkbox");
  await expect(boxes).toHaveCount(permitNames.length);
  for (const name of permitNames) await expect(page.getByRole("checkbox", { name: new RegExp(name) })).toBeChecked();
  // The applicant's enterprise exists: no business registration is added.
  await expect(page.getByTestId("start-registration")).toHaveCount(0);

  await page.getByRole("button", { name: "开始一表申请" }).click();
  await expect(page).toHaveURL(/\/apply\/[a-z0-9]+$/);
  expect(await applicationCount(page)).toBe(before + 1);
});

test("a service guide offers to apply for one matter alone; unknown codes and no codes are explained", async ({ page }) => {
  await login(page, "applicant");
  await page.goto("/matters/LIQUOR_RETAIL");
  await page.getByRole("link", { name: "单独申请本事项" }).click();
  await expect(page).toHaveURL(/\/apply\?matters=LIQUOR_RETAIL$/);
  await expect(page.getByTestId("start-matters").getByRole("checkbox")).toHaveCount(1);

  await page.goto("/apply?matters=LIQUOR_RETAIL,NOPE_NOT_A_MATTER");
  await expect(page.getByTestId("start-not-found")).toContainText("NOPE_NOT_A_MATTER");
  await expectNoViolations(page);

  // Unchecking everything: the error is shown on the page, no draft is made.
  await page.getByTestId("start-matters").getByRole("checkbox").uncheck();
  await page.getByRole("button", { name: "开始一表申请" }).click();
  await expect(page.getByTestId("start-error")).toContainText("请至少选择一个事项");
  // React resets a form after its action; the applicant's choice is kept.
  await expect(page.getByTestId("start-matters").getByRole("checkbox")).not.toBeChecked();
  await expect(page).toHaveURL(/\/apply\?matters=/);

  await page.goto("/apply");
  await expect(page.getByTestId("start-empty")).toBeVisible();
  await expectNoViolations(page);
  await expect(page.getByTestId("start-empty").getByRole("link", { name: /智能导办/ })).toHaveAttribute("href", "/guide");
  await expect(page.getByTestId("start-empty").getByRole("link", { name: "浏览事项目录" })).toHaveAttribute("href", "/matters");
});

test("a window officer may not start an application", async ({ page }) => {
  await login(page, "window");
  const response = await page.goto("/apply?matters=LIQUOR_RETAIL");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "无权访问" })).toBeVisible();
});
