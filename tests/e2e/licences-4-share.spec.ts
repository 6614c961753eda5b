import { expect, test } from "@playwright/test";
import { openFrom } from "./licences-support";
import { seed } from "./seed";
import { expectNoViolations } from "./support";

// 精准授权: the founder shares one permit by link; someone without an account opens it and sees that permit
// only; the founder revokes it and the link refuses, and the access log lists each view. The founder's S1 was
// issued for this spec.

test("the founder shares one permit, a visitor sees only it, and after revocation the link refuses", async ({ page, browser }) => {
  const s1 = await seed("issuedS1");
  await openFrom(page, s1.username, "/my", "精准授权（分享证照）", "精准授权：分享证照");
  const boxes = page.getByTestId("share-form").getByRole("checkbox");
  await expect(boxes).toHaveCount(s1.licences.length);
  await expect(page.getByTestId("share-list-empty")).toBeVisible();
  await expectNoViolations(page);

  const permit = page
    .getByTestId("share-form")
    .getByRole("checkbox", { name: /^许可证：/ })
    .first();
  const number = (await permit.getAttribute("data-number"))!;
  await permit.check();
  await page.getByLabel("分享用途").fill("投标资格审查");
  await page.getByLabel("有效天数").fill("7");
  await page.getByRole("button", { name: "生成分享链接" }).click();
  const created = page.getByTestId("share-created");
  await expect(created).toContainText("此链接只显示这一次");
  const link = await page.getByTestId("share-link").inputValue();
  expect(link).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("share-item").first()).toHaveAttribute("data-status", "active");
  await expectNoViolations(page);

  // A visitor without an account (a fresh context) sees that permit and nothing else.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByRole("heading", { level: 1, name: "企业分享的证照" })).toBeVisible();
  await expect(visitor.getByText("仅供“投标资格审查”使用")).toBeVisible();
  const shown = visitor.getByTestId("shared-licence");
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute("data-number", number);
  await expect(shown).toHaveAttribute("data-signature", "valid");
  await expectNoViolations(visitor);

  // Revoked (after confirming), the link refuses; both views are in the log.
  await page.reload();
  const item = page.getByTestId("share-item").first();
  await expect(item.getByTestId("share-access-count")).toHaveText("1 次");
  await item.getByTestId("share-revoke").click();
  await item.getByTestId("share-revoke-confirm").click();
  await expect(item).toHaveAttribute("data-status", "revoked");

  await visitor.reload();
  await expect(visitor.getByTestId("share-refused")).toHaveText(/该分享链接已被企业撤销/);
  await expect(visitor.getByTestId("shared-licence")).toHaveCount(0);
  await expectNoViolations(visitor);

  await page.reload();
  await expect(item.getByTestId("share-access-count")).toHaveText("2 次");
  await item.locator("summary", { hasText: "访问记录" }).click();
  await expect(item.getByTestId("share-access-log").locator("tbody tr")).toHaveCount(2);
  await expect(item.getByTestId("share-access-log").locator("tbody tr").first()).toContainText("已撤销，拒绝展示");
  await expectNoViolations(page);
  await visitorContext.close();
});

test("an unknown share link is not found", async ({ page }) => {
  const res = await page.goto(`/share/${"A".repeat(43)}`);
  expect(res?.status()).toBe(404);
});
