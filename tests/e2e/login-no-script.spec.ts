// Signing in before the page's script has run (slow phone, script blocked): the browser submits the form
// itself. It must post, so the password never appears in the address bar, the history or a server log.
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the login form posts without script: no password in the URL", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("applicant");
  await page.getByLabel("密码").fill("Demo@2026-not-in-url");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForLoadState("load");
  expect(page.url()).not.toContain("Demo%402026");
  expect(page.url()).not.toContain("password");
});
