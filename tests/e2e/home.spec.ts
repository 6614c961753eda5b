import { expect, test } from "@playwright/test";

test("home page shows the seeded catalog counts and leads to the finder", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("一照通行");
  const matters = Number(await page.getByTestId("stat-matters").textContent());
  expect(matters).toBeGreaterThanOrEqual(40);
  expect(Number(await page.getByTestId("stat-departments").textContent())).toBeGreaterThanOrEqual(15);
  let sum = 0;
  for (const mode of ["CANCEL", "FILING", "COMMITMENT", "OPTIMIZE"]) {
    const n = Number((await page.getByTestId(`mode-${mode}`).textContent())?.replace(/\D/g, ""));
    expect(n, mode).toBeGreaterThan(0);
    sum += n;
  }
  expect(sum).toBe(matters);
  await page.getByRole("link", { name: "智能导办：我需要哪些许可？" }).click();
  await expect(page).toHaveURL(/\/guide$/);
  await page.goBack();
  await expect(page.getByText(/演示数据/).first()).toBeVisible();
});

test("language switch renders the page in English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("OneLicence");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /中文/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the home page works on a phone-sized screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();
});
