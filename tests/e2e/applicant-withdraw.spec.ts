import { expect, test } from "@playwright/test";
import { seed } from "./seed";
import { expectNoViolations, login, submitS2 } from "./support";

// Issue 15 §6, no dead ends: a second start of the same matter says where the first one is; the applicant
// deletes a draft and withdraws a submitted application, each behind a confirmation step, and the window's
// queue no longer shows the withdrawn one.

test("a second start of the same matter points to the first; the draft is deleted after confirming", async ({ page }) => {
  await login(page, (await seed("applicant")).username);
  await page.goto("/apply?matters=LIQUOR_RETAIL");
  await page.getByRole("button", { name: "开始一表申请" }).click();
  await expect(page).toHaveURL(/\/apply\/[a-z0-9]+$/);
  const id = page.url().split("/").pop()!;

  await page.goto("/apply?matters=LIQUOR_RETAIL");
  await page.getByRole("button", { name: "开始一表申请" }).click();
  await expect(page.getByTestId("start-error")).toContainText("不能重复申请");
  await expect(page.getByTestId("start-error")).toContainText(`/apply/${id}`);
  await expect(page.getByTestId("start-existing")).toHaveAttribute("href", `/apply/${id}`);

  await page.goto("/my");
  const row = page
    .getByTestId("my-applications")
    .locator("tr")
    .filter({ has: page.locator(`a[href="/apply/${id}"]`) });
  const control = row.getByTestId("delete-application");
  // Closed until asked: the confirmation is a second, deliberate step; Escape closes it again.
  await expect(control.getByRole("button", { name: "确认删除" })).toBeHidden();
  await control.locator("summary").click();
  await expect(control.getByText("确认删除这份草稿？")).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(control.getByRole("button", { name: "确认删除" })).toBeHidden();
  await control.locator("summary").click();
  await control.getByRole("button", { name: "确认删除" }).click();
  await expect(page).toHaveURL(/\/my\?deleted=1$/);
  await expect(page.getByTestId("draft-deleted")).toHaveText("草稿已删除。");
  await expect(page.locator(`a[href="/apply/${id}"]`)).toHaveCount(0);
});

test("a submitted application is withdrawn before a decision; the window's queue no longer shows it", async ({ page }) => {
  test.setTimeout(180_000);
  const id = await submitS2(page, "撤回测试小馆");
  await page.goto(`/my/applications/${id}`);
  const section = page.locator("section[aria-labelledby='withdraw-heading']");
  await expect(section).toContainText("审批部门作出决定之前");
  await section.locator("summary").click();
  await section.getByLabel("撤回原因（选填）").fill("店面租约未谈妥");
  await expectNoViolations(page);
  await section.getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByTestId("withdrawn-notice")).toContainText("申请已撤回");
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "WITHDRAWN");
  await expect(page.locator("section[aria-labelledby='withdraw-heading']")).toHaveCount(0);
  await expectNoViolations(page);

  await login(page, "window");
  await page.goto("/desk");
  await expect(page.locator(`a[href="/desk/applications/${id}"]`)).toHaveCount(0);
});
