import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD as PASSWORD, fillLogin, login, loginByForm } from "./support";

const ROLES = [
  { username: "applicant", path: "/my", heading: "企业工作台", stat: "stat-applications" },
  { username: "window", path: "/desk", heading: "综合窗口工作台", stat: "stat-waiting" },
  { username: "dept-scjg", path: "/dept", heading: "审批部门工作台", stat: "stat-matters" },
  { username: "regulator", path: "/regulator", heading: "监管工作台", stat: "stat-departments" },
  { username: "admin", path: "/admin", heading: "系统管理", stat: "stat-holidays" },
] as const;

test.describe("each role signs in, sees its own landing page, and is refused the others", () => {
  for (const role of ROLES) {
    test(role.username, async ({ page }) => {
      await loginByForm(page, role.username);
      await expect(page).toHaveURL(new RegExp(`${role.path}$`));
      await expect(page.getByRole("heading", { level: 1, name: role.heading })).toBeVisible();
      // Counts are numbers from the database, not placeholders.
      await expect(page.getByTestId(role.stat)).toHaveText(/^\d+$/);

      for (const other of ROLES.filter((r) => r.path !== role.path)) {
        const response = await page.goto(other.path);
        expect(response?.status(), `${role.username} → ${other.path}`).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "无权访问" })).toBeVisible();
        await expect(page.getByRole("heading", { name: other.heading })).toHaveCount(0);
      }

      await page.getByRole("button", { name: "退出登录" }).click();
      await expect(page.getByText("您已安全退出。")).toBeVisible();
      await page.goto(role.path);
      await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    });
  }
});

test("department officer sees their own department", async ({ page }) => {
  await login(page, "dept-scjg");
  await expect(page.getByTestId("department-name")).toContainText("市场监督管理局");
});

test("bad login input gets clear Chinese messages", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请输入用户名")).toBeVisible();
  await expect(page.getByText("请输入密码")).toBeVisible();
  await expect(page.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");

  await fillLogin(page, "window", "not-the-password");
  await expect(page.getByTestId("login-error")).toHaveText("用户名或密码错误，请重新输入。");
  await expect(page).toHaveURL(/\/login/);
});

test("anonymous visitors are sent to login and come back after signing in", async ({ page }) => {
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk/);
  // Typed before the form's script runs, the click would be the browser's own post, not the sign-in.
  await page.locator('form[data-hydrated="true"]').waitFor({ timeout: 30_000 });
  await page.getByLabel("用户名").fill("window");
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/desk$/, { timeout: 30_000 });
});

test("unknown routes get a helpful 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
  await page.getByRole("link", { name: "返回首页" }).click();
  await expect(page).toHaveURL(/\/$/);
});
