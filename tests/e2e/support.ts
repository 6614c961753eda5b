// Shared steps of the e2e journeys.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

/** Fills and sends the login form (the caller checks the outcome). */
export async function fillLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in as a demo user (any earlier session in this browser context is dropped first). */
export async function login(page: Page, username: string) {
  await page.context().clearCookies();
  await fillLogin(page, username);
  await expect(page).not.toHaveURL(/\/login/);
}

/** WCAG 2.1 A/AA rules (labels, headings, contrast, landmarks, lang) on the current page. */
export async function expectNoViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
