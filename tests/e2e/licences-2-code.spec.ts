import { expect, test } from "@playwright/test";
import { seed } from "./seed";
import { expectNoViolations, login } from "./support";

// 企业码: the enterprise code of a founder whose S1 was issued (seeded for this spec) shows every licence
// valid and genuine, to anyone (issue 6 acceptance).

test("the founder's enterprise code shows every licence valid and genuine, to anyone", async ({ page, browser }) => {
  const s1 = await seed("issuedS1");
  await login(page, s1.username);
  await page.goto("/my/wallet");
  const link = page.getByTestId("enterprise-code");
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", `/verify/${s1.uscc}`);
  const href = (await link.getAttribute("href"))!;

  // A fresh context: nobody signed in (and axe needs a page of its own context).
  const context = await browser.newContext({ locale: "zh-CN" });
  const anonymous = await context.newPage();
  await anonymous.goto(new URL(href, page.url()).toString());
  const licences = anonymous.getByTestId("enterprise-licence");
  await expect(licences.first()).toBeVisible();
  const n = await licences.count();
  expect(n).toBe(s1.licences.length);
  await expect(licences.first()).toContainText("营业执照");
  await expect(anonymous.getByTestId("licence-status").and(anonymous.locator('[data-status="VALID"]'))).toHaveCount(n);
  await expect(anonymous.getByTestId("signature-check").and(anonymous.locator('[data-check="valid"]'))).toHaveCount(n);
  await expect(anonymous.getByRole("img", { name: /企业码二维码，指向 http.*\/verify\/91310116MA/ })).toBeVisible();
  await expectNoViolations(anonymous);

  // One licence: its own page, genuine and in force, with its QR code and the way back to the enterprise.
  await licences.first().getByRole("link").click();
  await expect(anonymous.getByTestId("verify-summary")).toHaveAttribute("data-genuine", "true");
  await expect(anonymous.getByRole("img", { name: /本证照核验页二维码/ })).toBeVisible();
  await expectNoViolations(anonymous);
  await anonymous.getByRole("link", { name: "查看该企业的全部证照（企业码）" }).click();
  await expect(anonymous).toHaveURL(new RegExp(`${href}$`));
  await context.close();
});
