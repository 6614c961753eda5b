import { expect, test } from "@playwright/test";
import { expectNoViolations, login } from "./support";
import { openFrom } from "./licences-support";
import { seed } from "./seed";

// A department revokes a permit it issued, with a reason; verification shows it at once. The permit is the
// tobacco permit (区烟草专卖局's) of a founder whose S1 was issued for this spec.

test("the tobacco bureau revokes the founder's permit with a reason; verification shows it at once", async ({ page }) => {
  const s1 = await seed("issuedS1");
  const number = s1.licences.find((l) => l.matterCode === "TOBACCO_RETAIL")!.number;
  await openFrom(page, "dept-ycj", "/dept", "本部门发放的证照", "本部门发放的证照");
  const rows = page.getByTestId("dept-licence-row");
  await expect(rows.first()).toBeVisible();
  await expectNoViolations(page);

  // Search by number finds exactly it.
  await page.getByLabel("按持证主体名称、统一社会信用代码或证照编号查找").fill(number);
  await page.getByRole("button", { name: "查找" }).click();
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: number }).click();
  await expect(page).toHaveURL(/\/dept\/licences\/[a-z0-9]+$/);
  await expect(page.getByTestId("licence-status")).toHaveAttribute("data-status", "VALID");
  await expect(page.getByRole("radio")).toHaveCount(2); // suspend, revoke — reinstate needs a suspended licence

  // No reason: the browser says what the server would, nothing is sent.
  await page.getByRole("radio", { name: "撤销（不可恢复）" }).check();
  await page.getByRole("button", { name: "确认变更" }).click();
  await expect(page.getByLabel("理由")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("请填写撤销理由（至少 2 个字）")).toBeVisible();

  await page.getByLabel("理由").fill("告知承诺内容与实际不符，依法撤销");
  await page.getByRole("button", { name: "确认变更" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已变更" })).toContainText("已撤销", { timeout: 15_000 });
  await page.reload();
  await expect(page.getByTestId("licence-status")).toHaveAttribute("data-status", "REVOKED");
  await expect(page.getByTestId("licence-status-reason")).toHaveText("告知承诺内容与实际不符，依法撤销");
  await expect(page.getByTestId("licence-status-closed")).toBeVisible();
  await expect(page.getByTestId("licence-history")).toContainText("告知承诺内容与实际不符，依法撤销");
  await expectNoViolations(page);

  // Public verification, anonymous: the licence no longer holds.
  await page.context().clearCookies();
  await page.goto(`/verify/licence/${encodeURIComponent(number)}`);
  await expect(page.getByTestId("verify-summary")).toHaveAttribute("data-genuine", "false");
});

test("a licence not issued by the department is a plain 404", async ({ page }) => {
  await login(page, "dept-ycj");
  const response = await page.goto("/dept/licences/no-such-licence");
  expect(response?.status()).toBe(404);
});
