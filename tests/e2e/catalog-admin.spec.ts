import { expect, test } from "@playwright/test";
import { login, expectNoViolations } from "./support";

// 清单动态管理 (晋中方案 三(二)): the department proposes, the market regulator publishes, the public sees it.
const NEW_MATERIAL = "食品安全管理人员培训合格证明";

test.describe.configure({ mode: "serial" });

test("a department proposes, the regulator approves, the public guide shows the new version", async ({ page }) => {
  await login(page, "dept-scjg");
  await page.goto("/dept/catalog");
  await expect(page.getByRole("heading", { level: 1, name: "本部门事项目录管理" })).toBeVisible();
  await expect(page.locator('[data-testid="dept-matter"][data-code="FOOD_PRODUCTION"]').getByTestId("matter-version")).toHaveText("第1版");
  await expect(page.locator('[data-testid="dept-matter"][data-code="TOBACCO_RETAIL"]')).toHaveCount(0);
  await expectNoViolations(page);

  await page.getByRole("link", { name: "提出调整：食品生产许可" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "提出调整：食品生产许可" })).toBeVisible();
  // Prefilled from the current entry.
  await expect(page.getByLabel("法定时限（工作日）")).toHaveValue("10");
  await expect(page.getByLabel("改革方式")).toHaveValue("COMMITMENT");
  await expectNoViolations(page);

  // Browser-side validation: every problem listed, each linked to its field, nothing sent.
  await page.getByLabel("承诺时限（工作日）").fill("25");
  await page.getByRole("button", { name: "提交审核" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("提交前请修改以下 2 处");
  await expect(summary.getByRole("link")).toHaveText(["承诺时限不能超过法定时限", "调整理由至少5个字：请说明为什么需要调整"]);
  await expectNoViolations(page);
  await summary.getByRole("link", { name: /承诺时限/ }).click();
  await expect(page.getByLabel("承诺时限（工作日）")).toBeFocused();
  await expect(page.getByLabel("承诺时限（工作日）")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("承诺时限（工作日）").fill("0");

  // Add a material: the new row's code field gets the focus.
  const rowsBefore = await page.getByTestId("material-row").count();
  await page.getByRole("button", { name: "添加一项材料" }).click();
  const newRow = page.getByTestId("material-row").nth(rowsBefore);
  await expect(newRow.getByLabel("材料代码")).toBeFocused();
  await newRow.getByLabel("材料代码").fill("food.managerTraining");
  await newRow.getByLabel("材料名称").fill(NEW_MATERIAL);
  await newRow.getByRole("checkbox", { name: "可告知承诺免交" }).check();
  await page.getByLabel(/^调整理由/).fill("根据新修订的食品生产许可审查细则，增加食品安全管理人员培训要求。");
  await page.getByRole("button", { name: "提交审核" }).click();

  await expect(page).toHaveURL(/\/dept\/catalog\?submitted=1$/);
  await expect(page.getByTestId("submitted-notice")).toContainText("等待市场监管部门审核");
  const mine = page.getByTestId("proposal").first();
  await expect(mine.getByTestId("proposal-status")).toHaveText("待审核");
  await mine.getByText(/查看修改内容/).click();
  await expect(mine.getByText(`新增材料：${NEW_MATERIAL}`)).toBeVisible();

  // The regulator reviews it.
  await login(page, "regulator");
  await page.goto("/regulator/catalog");
  await expect(page.getByRole("heading", { level: 1, name: "事项目录动态管理" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "审核：食品生产许可" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "审核调整申请：食品生产许可" })).toBeVisible();
  // Exactly the one change made: untouched fields (multi-line text included) are not "changed".
  await expect(page.getByTestId("entry-diff").locator("> li")).toHaveCount(1);
  await expect(page.getByTestId("entry-diff")).toContainText(`新增材料：${NEW_MATERIAL}`);
  await expectNoViolations(page);

  // Rejecting needs a reason; a short one is refused in place.
  await page.getByRole("button", { name: "驳回申请" }).click();
  await expect(page.getByLabel("驳回理由（必填）")).toBeFocused();
  await expect(page.getByText("驳回理由至少5个字：请写明部门需要修改什么")).toBeVisible();

  await page.getByLabel("发布说明（可选）").fill("同意增加培训证明要求");
  await page.getByRole("button", { name: "通过并发布" }).click();
  await expect(page.getByTestId("decision-outcome")).toHaveText("已通过，已发布为第2版。");
  await expect(page.getByTestId("decided-status")).toContainText("已通过并发布");

  // The public service guide shows version 2 and what it changed.
  await page.context().clearCookies();
  await page.goto("/matters/FOOD_PRODUCTION");
  await expect(
    page
      .getByText(/第\s*2\s*版/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByText(NEW_MATERIAL).first()).toBeVisible();

  // The department sees the decision.
  await login(page, "dept-scjg");
  await page.goto("/dept/catalog");
  await expect(page.locator('[data-testid="dept-matter"][data-code="FOOD_PRODUCTION"]').getByTestId("matter-version")).toHaveText("第2版");
  await expect(page.getByTestId("proposal").first().getByTestId("proposal-status")).toHaveText("已通过并发布");
});

test("a department officer cannot open the propose page of another department's matter (404)", async ({ page }) => {
  await login(page, "dept-scjg");
  const response = await page.goto("/dept/catalog/TOBACCO_RETAIL/propose");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
  await expect(page.getByTestId("proposal-form")).toHaveCount(0);
  // The regulator's pages are not the department's.
  expect((await page.goto("/regulator/catalog"))?.status()).toBe(403);
});

test("the catalog downloads as .xlsx with a Chinese file name; the import page refuses a non-xlsx file", async ({ page }) => {
  const res = await page.request.get("/matters/export.xlsx");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("spreadsheetml");
  expect(res.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("涉企经营许可事项清单")}`);
  expect((await res.body()).subarray(0, 2).toString()).toBe("PK");

  await login(page, "regulator");
  await page.goto("/regulator/catalog/import");
  await expect(page.getByRole("heading", { level: 1, name: "Excel 导入事项目录" })).toBeVisible();
  await expectNoViolations(page);
  await expect(page.getByLabel("全部无误才导入（推荐）")).toBeChecked();
  await page
    .getByLabel("Excel 文件（.xlsx）")
    .setInputFiles({ name: "清单.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("不是表格") });
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(page.getByTestId("import-error")).toContainText("文件不是 Excel 工作簿");

  // The exported file imports back unchanged.
  await page
    .getByLabel("Excel 文件（.xlsx）")
    .setInputFiles({ name: "catalog.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await res.body() });
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("导入完成。");
  await expect(page.getByTestId("import-updated")).toHaveText("0");
  await expect(page.getByTestId("import-created")).toHaveText("0");
  await expectNoViolations(page);
});

test("the proposal form and the review list work on a phone-sized screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await login(page, "dept-scjg");
  await page.goto("/dept/catalog/LIQUOR_RETAIL/propose");
  await expect(page.getByTestId("proposal-form")).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto("/dept/catalog");
  expect(await overflow()).toBeLessThanOrEqual(0);
  await login(page, "regulator");
  await page.goto("/regulator/catalog");
  expect(await overflow()).toBeLessThanOrEqual(0);
});
