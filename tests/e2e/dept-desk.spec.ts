import { expect, test } from "@playwright/test";
import { expectNoViolations, login } from "./support";

// The department desk as an officer sees it before and without any dispatched task of its own. The whole
// approval journey (window accepts, departments decide) is the S1 journey's.

test("the department desk lists exactly the tasks its numbers count, and passes WCAG A/AA", async ({ page }) => {
  await login(page, "dept-scjg");
  await expect(page.getByRole("heading", { level: 1, name: "审批部门工作台" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "本部门审批任务" })).toBeVisible();
  // Open tasks are the undecided ones plus those waiting for a correction: the list shows each of them.
  const open = Number(await page.getByTestId("stat-open").innerText()) + Number(await page.getByTestId("stat-correction").innerText());
  if (open === 0) {
    await expect(page.getByTestId("dept-tasks-empty")).toHaveText("本部门当前没有审批任务。");
    await expect(page.getByTestId("dept-tasks")).toHaveCount(0);
  } else {
    await expect(page.getByTestId("dept-task-row")).toHaveCount(open);
  }
  await expect(page.getByRole("heading", { level: 2, name: "最近办结" })).toBeVisible();
  await expectNoViolations(page);
});

test("a task that is not the department's is a plain 404", async ({ page }) => {
  await login(page, "dept-scjg");
  const response = await page.goto("/dept/tasks/no-such-task");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
});
