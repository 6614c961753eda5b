import { expect, test } from "@playwright/test";
import { seed } from "./seed";
import { expectNoViolations, login, submitS2 } from "./support";

// The window desk: an S2 application submitted by the applicant is first in the queue; the window checks
// every document, finds one problem with the lease and one with the form, and returns the application with
// both in one notice (一次性告知). A second officer acting on the page as it was gets the conflict message;
// the applicant sees 已退件, revises, and the form shows the same notice while it is fixed. (The full S1
// journey to 统一出件 is the lead's e2e.)

test("the window returns a submitted application with every problem in one notice", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const applicant = await seed("applicant", "枫味餐饮");
  const id = await submitS2(page, "枫味小馆", applicant);

  await login(page, "window");
  await expect(page).toHaveURL(/\/desk$/);
  const waiting = page.getByTestId("queue-waiting");
  const row = waiting.getByTestId("waiting-row").filter({ has: page.locator(`a[href="/desk/applications/${id}"]`) });
  await expect(row).toContainText(applicant.enterpriseName);
  await expect(row).toContainText(applicant.legalRepName);
  await expect(row).toContainText("不足 1 个工作日");
  await expectNoViolations(page);

  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/desk/applications/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`申请办理：${applicant.enterpriseName}`);
  await expect(page.getByTestId("application-status")).toHaveText("已提交待受理");
  await expect(page.getByTestId("dispatch-preview")).toContainText("受理后将同时分送");
  // A second officer opens the same application now (the page as it is before the return).
  const other = await browser.newContext();
  const stale = await other.newPage();
  await login(stale, "window");
  await stale.goto(`/desk/applications/${id}`);

  // The lease opens as the uploaded file; the promised health certificates stand as 容缺后补.
  const lease = page.getByTestId("check-premises.lease");
  await expect(lease.getByRole("link", { name: /在新窗口打开/ })).toHaveAttribute("href", /^\/api\/materials\//);
  await expect(page.getByTestId("check-health.certificates").getByRole("radio", { name: "容缺后补" })).toBeChecked();
  await expect(page.getByTestId("not-checked")).toContainText("已签署告知承诺，免交");
  await expectNoViolations(page);

  // Everything else complete; the lease has a problem, and so has the form.
  for (const item of await page.locator('[data-testid^="check-"]').all()) {
    const ok = item.getByRole("radio", { name: "齐全" });
    // Promised documents offer no 齐全: they stay 容缺后补.
    if (await ok.count()) await ok.check();
  }
  await lease.getByRole("radio", { name: "有问题" }).check();
  await expect(page.getByRole("button", { name: "受理并分办" })).toBeDisabled();
  await expect(page.getByText("已有材料标记为“有问题”，不能受理")).toBeVisible();

  // A problem without words is refused, next to its box.
  await page.getByRole("button", { name: "退件" }).click();
  const problem = lease.getByRole("textbox", { name: /存在的问题/ });
  await expect(problem).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("check-error")).toHaveText("请写明问题");

  await problem.fill("租赁合同缺少出租方签章");
  await page.getByLabel("其他问题（每行一条）").fill("经营场所地址与租赁合同不一致");
  await page.getByRole("button", { name: "退件" }).click();
  await expect(page.getByTestId("done-banner")).toHaveText("已退件：共 2 条问题，已以一份通知告知申请人。");
  await expect(page.getByTestId("application-status")).toHaveText("已退件");
  const notice = page.getByTestId("return-notice").getByRole("listitem");
  await expect(notice).toHaveCount(2);
  await expect(notice.first()).toContainText("租赁合同缺少出租方签章");
  await expect(notice.nth(1)).toHaveText("经营场所地址与租赁合同不一致");
  await expectNoViolations(page);

  // The second officer still sees the old page: accepting it is refused with the domain's message.
  for (const item of await stale.locator('[data-testid^="check-"]').all()) {
    const ok = item.getByRole("radio", { name: "齐全" });
    if (await ok.count()) await ok.check();
  }
  await stale.getByRole("button", { name: "受理并分办" }).click();
  await expect(stale.getByTestId("check-error")).toContainText("申请状态已变化");
  await other.close();

  await page.goto("/desk");
  await expect(
    page
      .getByTestId("queue-recent")
      .getByTestId("recent-row")
      .filter({ has: page.locator(`a[href="/desk/applications/${id}"]`) }),
  ).toContainText("已退件");

  await login(page, applicant.username);
  await page.goto("/my");
  await expect(page.locator("main")).toContainText("已退件");

  // The applicant reads the same notice, revises, and keeps every problem in view on the form.
  await page.goto(`/my/applications/${id}`);
  const received = page.getByTestId("return-notice").getByRole("listitem");
  await expect(received).toHaveCount(2);
  await expect(received.nth(1)).toHaveText("经营场所地址与租赁合同不一致");
  await page.getByTestId("revise-returned").click();
  await expect(page).toHaveURL(new RegExp(`/apply/${id}$`));
  const onForm = page.getByTestId("return-notice");
  await expect(onForm).toContainText("请对照以下问题逐条修改");
  await expect(onForm.getByRole("listitem")).toHaveCount(2);
  await expect(onForm.getByRole("listitem").first()).toContainText("租赁合同缺少出租方签章");
  await expectNoViolations(page);
});
