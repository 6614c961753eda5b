// Shared steps of the e2e journeys.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { makeResidentId } from "../../lib/ids/resident-id";
import { makeUscc } from "../../lib/ids/uscc";
import { seed } from "./seed";

/** An applicant account seeded for one spec (tests/factories/e2e-recipes.ts applicant). */
export type SeededApplicant = Awaited<ReturnType<typeof seed<"applicant">>>;

export { DEMO_PASSWORD } from "../../prisma/seed/data/types";
import { DEMO_PASSWORD } from "../../prisma/seed/data/types";

/** Fills and sends the login form (the caller checks the outcome). */
export async function fillLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  // Typed before the form's script runs, the click would be the browser's own post, not the sign-in.
  await page.locator('form[data-hydrated="true"]').waitFor({ timeout: 30_000 });
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in through the login form, as a visitor does: for the specs that test the form itself. */
export async function loginByForm(page: Page, username: string) {
  await page.context().clearCookies();
  await fillLogin(page, username);
  // The sign-in is a client call and a navigation: on a busy machine it can take well over 5 s.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

/**
 * Signs in as `username` (a demo user, or an account a spec seeded) through next-auth's credentials
 * endpoint, as the login form's signIn() does, then opens the workspace the form would land on. Any earlier
 * session of this browser context is dropped first. The login form itself is tested by roles.spec.ts and
 * login-no-script.spec.ts; every other spec signs in this way, which waits on no hydration or client
 * navigation (a busy machine once made the form's sign-in miss a 5 s wait).
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  const context = page.context();
  await context.clearCookies();
  // page.request shares the context's cookies: the csrf cookie goes out with the post, the session cookie comes back.
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok(), `csrf token: HTTP ${csrf.status()}`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, json: "true", callbackUrl: "/workspace" },
    maxRedirects: 0,
  });
  const cookies = await context.cookies();
  expect(
    cookies.some((c) => c.name.endsWith("next-auth.session-token")),
    `sign-in as ${username} failed: HTTP ${signIn.status()} ${(await signIn.text()).slice(0, 200)}`,
  ).toBe(true);
  await page.goto("/workspace");
  await expect(page).not.toHaveURL(/\/login/);
}

/** WCAG 2.1 A/AA rules (labels, headings, contrast, landmarks, lang) on the current page. */
export async function expectNoViolations(page: Page) {
  // Next streams a dynamic page's metadata: after a client-side navigation the <title> can arrive a moment
  // after the content. Check the page once it has its title, as every reader gets it.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const group = (page: Page, name: RegExp) => page.getByRole("group", { name });

/** S1 (../shared/SCENARIOS.md) in the finder: a new 80 m² convenience store with sign, liquor, tobacco, magazines. */
export async function answerS1(page: Page) {
  await page.goto("/guide");
  await group(page, /领取营业执照/)
    .getByLabel("否")
    .check();
  await group(page, /开展哪些经营活动/)
    .getByLabel(/零售商品/)
    .check();
  await group(page, /是否销售食品/)
    .getByLabel("是")
    .check();
  await group(page, /销售哪类食品/)
    .getByLabel("仅销售预包装食品")
    .check();
  await group(page, /冷藏冷冻/)
    .getByLabel("是")
    .check();
  await group(page, /销售酒类商品/)
    .getByLabel("是")
    .check();
  await group(page, /烟草制品/)
    .getByLabel("是")
    .check();
  await group(page, /出版物/)
    .getByLabel("是")
    .check();
  await group(page, /销售药品/)
    .getByLabel("否")
    .check();
  await group(page, /医疗器械/)
    .getByLabel("不销售医疗器械")
    .check();
  await group(page, /建筑面积/)
    .getByRole("spinbutton")
    .fill("80");
  await group(page, /招牌/).first().getByLabel("是").check();
  await group(page, /户外广告设施/)
    .getByLabel("否")
    .check();
  await group(page, /使用燃气/)
    .getByLabel("不使用")
    .check();
}

/** A valid value for a merged-form field of this type, when the journey does not name one. */
function sampleOf(type: string): string {
  switch (type) {
    case "NUMBER":
      return "120";
    case "DATE":
      return "2027-12-31";
    case "PHONE":
      return "13800138000";
    case "ID_NUMBER":
      return makeResidentId("31011619800101123");
    case "USCC":
      return makeUscc("91310116MA1ABC34D");
    default:
      return "测试填写内容";
  }
}

/**
 * Fills every empty required field of the one-form page, by its accessible label: the value named for
 * its key, else a valid sample of its type. Returns the keys it typed.
 */
export async function fillRequiredFields(page: Page, byKey: Record<string, string> = {}): Promise<string[]> {
  const typed: string[] = [];
  // By key, not by position: a field may turn into a known (derived) one while others are filled.
  const keys = await page.locator('[data-field][data-required="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-field")!));
  for (const key of keys) {
    const field = page.locator(`[data-field="${key}"]`);
    if ((await field.count()) === 0) continue;
    const type = (await field.getAttribute("data-type"))!;
    if (type === "BOOLEAN") {
      await field.getByRole("radio", { name: "是" }).check();
    } else if (type === "MULTISELECT") {
      await field.getByRole("checkbox").first().check();
    } else {
      // The input is found by its full accessible label (the field's label + "（必填）").
      const label = await field.locator("label").first().innerText();
      const input = field.getByLabel(label, { exact: true });
      if (type === "SELECT") {
        if (byKey[key]) await input.selectOption(byKey[key]);
        else await input.selectOption({ index: 1 });
      } else if ((await input.inputValue()) === "") {
        await input.fill(byKey[key] ?? sampleOf(type));
      } else continue;
    }
    typed.push(key);
  }
  await expect(page.getByTestId("save-status")).toHaveText("已自动保存", { timeout: 10_000 });
  return typed;
}

/** E-signs every document the portal wrote from the form, checking each is signed. */
export async function signGeneratedDocuments(page: Page, documentKeys: string[]) {
  for (const key of documentKeys) {
    const row = page.getByTestId(`doc-${key}`);
    await expect(row.locator("pre")).toBeVisible();
    await row.getByRole("checkbox", { name: "我已核对以上内容，同意电子签名" }).check();
    await row.getByRole("button", { name: "电子签名" }).click();
    await expect(row.getByTestId("document-signed")).toBeVisible();
  }
}

/** Signs the commitment of each matter with the exact text shown. */
export async function signCommitments(page: Page, codes: string[]) {
  for (const code of codes) {
    const card = page.getByTestId(`commit-${code}`);
    await expect(card.locator("pre")).toContainText("如承诺不实");
    await card.getByRole("checkbox", { name: "我已阅读并承诺" }).check();
    await card.getByRole("button", { name: "签署承诺" }).click();
    await expect(card.getByTestId("commitment-signed")).toBeVisible();
  }
}

/** "实际填写 19 项（分别办理需 96 项）" → { n: 19, m: 96 } */
export function twoNumbers(text: string): { n: number; m: number } {
  const m = text.match(/(\d+)\D+(\d+)/);
  expect(m, text).not.toBeNull();
  return { n: Number(m![1]), m: Number(m![2]) };
}

export const S2 = "/apply?matters=FOOD_OPERATION,LIQUOR_RETAIL,OUTDOOR_SIGN_FILING";

/**
 * S2 as an applicant of an existing enterprise: fill, sign, promise the health certificates for later, upload
 * the rest, submit; the new application id. The applicant is `applicant` (seeded by the caller), else one
 * seeded here: an account of its own, so no other spec's pending application stands in the way.
 */
export async function submitS2(page: Page, premisesName: string, applicant?: SeededApplicant): Promise<string> {
  await login(page, (applicant ?? (await seed("applicant"))).username);
  await page.goto(S2);
  await page.getByRole("button", { name: "开始一表申请" }).click();
  await expect(page).toHaveURL(/\/apply\/[^/?]+$/);
  await page.locator('[data-field="premises.name"] input').fill(premisesName);
  await fillRequiredFields(page, { "sign.size": "3×0.8" });
  await signCommitments(page, ["FOOD_OPERATION", "LIQUOR_RETAIL"]);
  await signGeneratedDocuments(page, ["sign.design"]);
  await page
    .locator('[data-testid^="doc-"]')
    .filter({ hasText: "健康证明" })
    .getByRole("checkbox", { name: /容缺后补/ })
    .check();
  const pdf = path.join(mkdtempSync(path.join(tmpdir(), "s2-e2e-")), "材料.pdf");
  writeFileSync(pdf, "%PDF-1.4\n%%EOF\n");
  for (const key of await page.locator('li[data-testid^="doc-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!))) {
    const row = page.getByTestId(key);
    if ((await row.getByTestId("uploaded-file").count()) || (await row.getByText("补交期限").count()) || (await row.getByTestId("document-signed").count()))
      continue;
    await row.locator('input[type="file"]').setInputFiles(pdf);
    await expect(row.getByTestId("uploaded-file")).toBeVisible();
  }
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByTestId("submitted-summary")).toBeVisible({ timeout: 15_000 });
  return page.url().split("/").pop()!;
}
