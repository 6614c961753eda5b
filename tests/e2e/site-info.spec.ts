import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support";

// Issue 15 part 8, the 政府网站发展指引 conventions: every page's footer carries 网站地图, 隐私声明,
// 无障碍/适老化 and the 12345 hotline; the site map lists reachable public pages; larger text and high
// contrast apply at once, persist, and are rendered by the server (so a reload never flashes the default
// style first). The new pages pass WCAG 2.1 A/AA, also in high contrast with larger text.

// The shared dev server can take several seconds for a first page or a sign-in.
test.describe.configure({ timeout: 180_000 });

test("the footer links the site map, privacy statement and accessibility page, and every site-map link opens", async ({ page, request }) => {
  await page.goto("/matters");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("政务服务便民热线：12345");
  await footer.getByRole("link", { name: "网站地图" }).click();
  await expect(page).toHaveURL(/\/sitemap$/, { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1, name: "网站地图" })).toBeVisible();
  const hrefs = await page
    .getByTestId("sitemap-links")
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs).toEqual(
    expect.arrayContaining(["/", "/guide", "/matters", "/scope", "/verify", "/public/inspections", "/public/ratings", "/privacy", "/accessibility", "/login"]),
  );
  const statuses = await Promise.all(hrefs.map(async (href) => [href, (await request.get(href, { timeout: 120_000 })).status()]));
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  await expectNoViolations(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "隐私声明" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "隐私声明" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("main")).toContainText("Cookie");
  await expectNoViolations(page);
});

test("larger text and high contrast apply at once, persist across pages and are rendered by the server", async ({ page }) => {
  await page.goto("/accessibility");
  await expect(page.getByRole("heading", { level: 1, name: "无障碍与适老化" })).toBeVisible();
  await expectNoViolations(page);
  const html = page.locator("html");
  const rootSize = () => html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await rootSize();

  const prefs = page.getByTestId("page-display-prefs");
  await prefs.getByRole("button", { name: "大字号" }).click();
  await expect(prefs.getByRole("button", { name: "大字号" })).toHaveAttribute("aria-pressed", "true");
  // The footer's copy of the buttons follows.
  await expect(page.getByTestId("footer-display-prefs").getByRole("button", { name: "大字号" })).toHaveAttribute("aria-pressed", "true");
  await expect(html).toHaveClass(/text-large/);
  expect(await rootSize()).toBeGreaterThan(before * 1.2);
  await prefs.getByRole("button", { name: "高对比度" }).click();
  await expect(html).toHaveClass(/contrast-high/);
  expect(await page.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(255, 255, 255)");

  // Another page, as the server first sends it: already large and high-contrast (no flash).
  const sent = await page.request.get("/guide");
  expect(await sent.text()).toMatch(/<html[^>]*class="text-large contrast-high"/);
  await page.goto("/guide");
  await expect(html).toHaveClass("text-large contrast-high");
  await expect(page.getByTestId("footer-display-prefs").getByRole("button", { name: "高对比度" })).toHaveAttribute("aria-pressed", "true");
  await expectNoViolations(page);
  await page.goto("/");
  await expectNoViolations(page);

  // Off again, from the footer of any page.
  const footerPrefs = page.getByTestId("footer-display-prefs");
  await footerPrefs.getByRole("button", { name: "大字号" }).click();
  await footerPrefs.getByRole("button", { name: "高对比度" }).click();
  await expect(html).not.toHaveClass(/text-large|contrast-high/);
  expect(await (await page.request.get("/guide")).text()).not.toMatch(/<html[^>]*class="[^"]*(text-large|contrast-high)/);
});
