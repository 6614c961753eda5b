import { expect, test } from "@playwright/test";
import { expectNoViolations, login } from "./support";

// WCAG 2.1 A/AA rules (labels, headings, contrast, landmarks, lang) on every page this shell has.

const PAGES_BY_USER = [
  {
    username: null,
    paths: [
      "/",
      "/login",
      "/no-such-page",
      "/guide",
      "/guide?has_licence=no&activities=retail,catering&sells_food=yes&food_kind=bulk&sells_liquor=yes&area=350",
      "/scope?q=食品&terms=L1005",
      "/public/inspections",
      "/public/ratings",
    ],
  },
  { username: "applicant", paths: ["/my", "/my/enterprise", "/my/credit"] },
  { username: "window", paths: ["/desk", "/regulator", "/desk/scope", "/desk/ratings", "/desk/ratings?filter=all"] },
  { username: "dept-scjg", paths: ["/dept", "/dept/registrations", "/dept/verifications", "/dept/inspections", "/dept/ratings", "/dept/ratings?filter=all"] },
  {
    username: "regulator",
    paths: [
      "/regulator",
      "/regulator/credit",
      "/regulator/inspections",
      "/regulator/enterprises",
      "/regulator?from=2026-01-01&to=2026-01-31&batch=-",
      "/regulator/metrics/applications",
      "/regulator/metrics/late?page=2",
    ],
  },
  { username: "admin", paths: ["/admin", "/admin/guidance", "/admin/guidance/rules/new"] },
] as const;

for (const { username, paths } of PAGES_BY_USER) {
  test(`no WCAG A/AA violations for ${username ?? "visitors"}: ${paths.join(" ")}`, async ({ page }) => {
    if (username) await login(page, username);
    for (const path of paths) {
      await page.goto(path);
      await expectNoViolations(page);
    }
  });
}

test("the login form's errors are announced and tied to their fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "登录" }).click();
  await expectNoViolations(page);
  const username = page.getByLabel("用户名");
  const describedBy = await username.getAttribute("aria-describedby");
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText("请输入用户名");
});
