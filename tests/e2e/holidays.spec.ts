import { expect, test } from "@playwright/test";
import { expectNoViolations, login } from "./support";

// The administrator keeps the holiday calendar. Everything happens in 2031, a year no seeded row and no
// other spec uses, and what is added is deleted again, so other specs' due dates are untouched.
// Tuesday 2031-05-06 becomes a day off; a make-up working day on Wednesday 2031-05-07 is refused.
const DAY = "2031-05-06";

test("the administrator adds a day off to a year not maintained yet, sees it counted, and deletes it", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "节假日与调休日历" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "节假日与调休日历" })).toBeVisible();
  // The seeded year is offered with its number of rows.
  await expect(page.getByRole("navigation", { name: "选择年份" }).getByRole("link", { name: /^2026 年（\d+ 天）$/ })).toBeVisible();

  // The seeded 2026 schedule lists whole spans: a Saturday inside 国庆 changes nothing, the make-up Saturday does.
  await page.getByRole("link", { name: /^2026 年/ }).click();
  await expect(page.locator('[data-testid=holiday-row][data-date="2026-10-03"]')).toContainText("周末本来就休息，不影响计算");
  await expect(page.locator('[data-testid=holiday-row][data-date="2026-10-10"]')).toContainText("国庆节调休上班");
  await expect(page.locator('[data-testid=holiday-row][data-date="2026-10-10"]')).toContainText("按工作日计算");
  await expect(page.getByTestId("month-10")).toHaveText("18 天");

  await page.getByLabel("其他年份").fill("2031");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/year=2031/);
  await expect(page.getByRole("link", { name: "2031 年（未维护）" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("holiday-empty")).toContainText("未维护：仅按周一至周五计算工作日");
  await expect(page.getByTestId("month-5")).toHaveText("22 天");
  await expectNoViolations(page);

  // A make-up working day on a Wednesday means nothing: refused, with the reason tied to the kind.
  await page.getByLabel("日期", { exact: true }).fill("2031-05-07");
  await page.getByLabel("名称", { exact: true }).fill("测试调休");
  await page.getByRole("radio", { name: "调休上班" }).check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("holiday-form-error")).toContainText("2031-05-07 是星期三，本来就是工作日");
  await expect(page.getByRole("group", { name: "类型" })).toHaveAccessibleDescription(/本来就是工作日/);
  // What was typed is still there to correct.
  await expect(page.getByLabel("名称", { exact: true })).toHaveValue("测试调休");
  await expect(page.getByTestId("holiday-empty")).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel("日期", { exact: true }).fill(DAY);
  await page.getByLabel("名称", { exact: true }).fill("测试放假");
  await page.getByRole("radio", { name: "放假" }).check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText(`已保存 ${DAY}（测试放假，放假）。`);
  const row = page.locator(`[data-testid=holiday-row][data-date="${DAY}"]`);
  await expect(row).toContainText(`${DAY}（星期二）`);
  await expect(row).toContainText("按休息日计算");
  await expect(page.getByTestId("month-5")).toHaveText("21 天");
  await expect(page.getByRole("link", { name: "2031 年（1 天）" })).toBeVisible();
  await expect(page.getByLabel("名称", { exact: true })).toHaveValue("");
  await expectNoViolations(page);

  // Changing it: the form comes filled in; saved by date, the row gets the new name.
  await row.getByRole("link", { name: `修改 ${DAY}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: `修改 ${DAY}` })).toBeVisible();
  await expect(page.getByLabel("日期", { exact: true })).toHaveValue(DAY);
  await expect(page.getByRole("radio", { name: "放假" })).toBeChecked();
  await page.getByLabel("名称", { exact: true }).fill("测试放假（更正）");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText(`已保存 ${DAY}（测试放假（更正），放假）。`);
  await expect(row).toContainText("测试放假（更正）");
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone the table scrolls in its own box; the page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoViolations(page);

  // Deleting asks first, naming the day and what follows.
  await row.locator("summary").click();
  await expect(row).toContainText(`确定删除 ${DAY}（测试放假（更正））吗？`);
  await row.getByRole("button", { name: `确认删除 ${DAY}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "已删除" })).toContainText(`已删除 ${DAY}。`);
  await expect(page.getByTestId("holiday-empty")).toBeVisible();
  await expect(page.getByTestId("month-5")).toHaveText("22 天");
});

test("only the administrator may open the calendar", async ({ page }) => {
  await login(page, "window");
  const res = await page.goto("/admin/holidays");
  expect(res?.status()).toBe(403);
});
