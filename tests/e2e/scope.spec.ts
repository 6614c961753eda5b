import { expect, test } from "@playwright/test";
import { login } from "./support";

test("public scope search says which terms are licensed and which permits they need", async ({ page }) => {
  await page.goto("/scope");
  await page.getByLabel("搜索经营范围表述").fill("酒类");
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  const row = page.locator("[data-term=L1005]");
  await expect(row).toContainText("许可项目");
  await expect(row).toContainText("酒类商品零售许可");
  await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: "查看需要的许可" }).click();
  await expect(page.getByTestId("scope-permits")).toContainText("酒类商品零售许可");
});

test("window registers a scope with licensed terms: enterprise and departments are told (双告知)", async ({ browser }) => {
  const window = await browser.newPage();
  await login(window, "window");
  await window.goto("/desk/scope");
  const value = await window.locator("option", { hasText: "上海金山便利优选商贸有限公司" }).getAttribute("value");
  await window.getByLabel("企业").selectOption(value!);
  await window.getByRole("button", { name: "选择", exact: true }).click();
  await expect(window.getByRole("group", { name: "经营范围（可多选）" })).toBeVisible();
  await window.locator("[data-term=L1005]").getByRole("checkbox").check();
  await window.locator("[data-term=L1006]").getByRole("checkbox").check();
  await window.getByRole("button", { name: "登记经营范围并双告知" }).click();
  const result = window.getByTestId("scope-result");
  await expect(result).toContainText("已告知企业需办理：");
  await expect(result).toContainText("酒类商品零售许可");
  await expect(result).toContainText("烟草专卖零售许可");
  await expect(window.getByText(/当前经营范围：.*酒类经营/)).toBeVisible();

  // Registering the same scope again notifies nobody again.
  await window.getByRole("button", { name: "登记经营范围并双告知" }).click();
  await expect(result).toContainText("经营范围没有变化，未重复告知。");

  const applicant = await browser.newPage();
  await login(applicant, "applicant");
  await expect(applicant.getByTestId("inbox")).toContainText("经营范围涉及许可事项");
  await expect(applicant.getByTestId("stat-unread")).toHaveText("1");

  const tobacco = await browser.newPage();
  await login(tobacco, "dept-ycj");
  await expect(tobacco.getByTestId("inbox")).toContainText("上海金山便利优选商贸有限公司");
});
