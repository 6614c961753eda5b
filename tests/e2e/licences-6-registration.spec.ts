import { expect, test, type Browser, type Page } from "@playwright/test";
import { seed } from "./seed";
import { expectNoViolations, login } from "./support";

// 变更登记 and 注销登记, each linked to the licences (issue 6, part 6). Each test seeds a founder of its own
// whose S1 was issued, and the registration authority decides that founder's request by the company's name.

const NEW_ADDRESS = "上海市金山区石化街道龙胜路88号1层";

/**
 * The registration authority (区市场监管局) decides the waiting request of the company `companyName`; returns
 * what the page said, before the decision, approval would do to each held licence (number → registration.effect key).
 */
async function decideWaiting(page: Page, companyName: string, decision: "准予登记" | "不予登记", reason = ""): Promise<Map<string, string>> {
  await login(page, "dept-scjg");
  await page.goto("/dept");
  await page.getByRole("link", { name: "变更、注销登记" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "变更、注销登记（登记机关）" })).toBeVisible();
  await expectNoViolations(page);
  // Other specs' requests may wait beside it: the link's name carries the enterprise's.
  await page.getByTestId("registrations-waiting").getByRole("link", { name: companyName }).click();
  await expect(page).toHaveURL(/\/dept\/registrations\/[a-z0-9]+$/);
  await expectNoViolations(page);
  const effects = new Map<string, string>();
  for (const row of await page.getByTestId("registration-licences").locator("tbody tr").all()) {
    effects.set((await row.locator("td").first().innerText()).trim(), (await row.getAttribute("data-effect")) ?? "");
  }
  await page.getByRole("radio", { name: decision }).check();
  if (reason) await page.getByLabel("理由").fill(reason);
  await page.getByRole("button", { name: "提交决定" }).click();
  await expect(page.getByTestId("registration-decision-done")).toContainText(decision === "准予登记" ? "已准予" : "不予登记", { timeout: 15_000 });
  return effects;
}

/** The founder's enterprise code page, opened by someone not signed in. */
async function openEnterpriseCode(browser: Browser, uscc: string, base: string) {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(new URL(`/verify/${uscc}`, base).toString());
  return { page, close: () => context.close() };
}

// Issue 15 part 3: the business licence and subject-bound permits at the registered address are re-issued;
// a premises-bound permit (消防, 特种行业, 公共场所卫生, 食品经营 …) is never moved: at the old address it stays
// valid for its premises (or is suspended, per its matter) and awaits its department's review; on premises of
// its own it is kept. The desk says which before the decision; /verify and the history say what happened.
test("a change of address re-issues the business licence and subject-bound permits; premises-bound ones are not moved", async ({ page, browser }) => {
  const s1 = await seed("issuedS1");
  await login(page, s1.username);
  await page.goto("/my");
  await page.getByRole("link", { name: "变更、注销登记" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "企业登记信息：变更与注销" })).toBeVisible();
  const held = page.getByTestId("reg-held").locator("tbody tr");
  await expect(held).toHaveCount(s1.licences.length);
  const heldNumbers = (await held.locator("td:first-child").allInnerTexts()).map((n) => n.trim());
  expect([...heldNumbers].sort()).toEqual(s1.licences.map((l) => l.number).sort());
  const uscc = (await page.locator("dd .font-mono").first().innerText()).trim();
  expect(uscc).toBe(s1.uscc);
  await expectNoViolations(page);

  // Nothing to change: the browser says so and sends nothing.
  const form = page.getByTestId("reg-change-form");
  await form.getByRole("button", { name: "提交变更申请" }).click();
  await expect(form.getByText("请填写新的企业名称或新的住所（至少一项）")).toBeVisible();
  await expect(form.getByLabel("新的企业名称")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("新的住所").fill(NEW_ADDRESS);
  await form.getByLabel("变更原因").fill("经营场所搬迁");
  await form.getByRole("button", { name: "提交变更申请" }).click();
  // The form gives way to the open request, which says it was submitted; a reload shows the same.
  await expect(page.getByTestId("reg-open")).toContainText("申请已提交", { timeout: 15_000 });
  await page.reload();
  await expect(page.getByTestId("reg-open")).toContainText(NEW_ADDRESS);
  await expectNoViolations(page);

  const effects = await decideWaiting(page, s1.companyName, "准予登记");
  // Before deciding, the desk said what approval does to each held licence; after, the request is closed.
  await expect(page.getByTestId("registration-decision-closed")).toBeVisible();
  expect([...effects.keys()].sort()).toEqual([...heldNumbers].sort());
  const withEffect = (...keys: string[]) => heldNumbers.filter((n) => keys.includes(effects.get(n)!));
  const reissued = withEffect("reissueNewAddress");
  const review = withEffect("reviewValid", "reviewSuspend");
  const kept = withEffect("keep");
  expect(reissued.length + review.length + kept.length).toBe(heldNumbers.length);
  expect(reissued, "the business licence is re-issued").toContain(heldNumbers[0]);

  // Anyone: the enterprise code shows the new address, the new versions of the re-issued ones, and the
  // premises-bound ones under their own numbers with what the change left them with.
  const anon = await openEnterpriseCode(browser, uscc, page.url());
  await expect(anon.page.getByTestId("enterprise-address")).toHaveText(NEW_ADDRESS);
  const card = (n: string) => anon.page.locator(`[data-testid="enterprise-licence"][data-number="${n}"]`);
  for (const n of reissued) {
    await expect(card(`${n}-V2`)).toHaveCount(1);
    await expect(card(`${n}-V2`).locator('[data-status="VALID"]')).toHaveCount(1);
    await expect(card(`${n}-V2`).getByTestId("signature-check").and(anon.page.locator('[data-check="valid"]'))).toHaveCount(1);
  }
  for (const n of review) {
    await expect(card(`${n}-V2`)).toHaveCount(0);
    await expect(card(n).getByTestId("premises-note")).toHaveAttribute("data-kind", "review");
    await expect(card(n).locator(`[data-status="${effects.get(n) === "reviewSuspend" ? "SUSPENDED" : "VALID"}"]`)).toHaveCount(1);
  }
  for (const n of kept) {
    await expect(card(`${n}-V2`)).toHaveCount(0);
    await expect(card(n).getByTestId("premises-note")).toHaveAttribute("data-kind", "kept");
  }
  await expect(anon.page.getByTestId("registration-history")).toContainText(NEW_ADDRESS);
  await expectNoViolations(anon.page);

  // An old version: genuine (it is what was signed) but replaced, naming the version in force.
  await anon.page.goto(new URL(`/verify/licence/${encodeURIComponent(heldNumbers[0]!)}`, page.url()).toString());
  await expect(anon.page.getByTestId("verify-summary")).toHaveAttribute("data-genuine", "false");
  await expect(anon.page.getByText(`已被新版本 ${heldNumbers[0]}-V2 替代。`)).toBeVisible();
  await anon.page.getByRole("link", { name: "查看新版本" }).click();
  await expect(anon.page.getByTestId("verify-summary")).toHaveAttribute("data-genuine", "true");
  await expect(anon.page.getByText(NEW_ADDRESS).first()).toBeVisible();
  await anon.close();

  // The founder's history shows the outcome.
  await login(page, s1.username);
  await page.goto("/my/enterprise");
  await expect(page.getByTestId("reg-address")).toHaveText(NEW_ADDRESS);
  await expect(page.getByTestId("reg-history")).toContainText(`换发 ${reissued.length} 项证照`);
  if (review.length) await expect(page.getByTestId("outcome-review")).toContainText(`${review.length} 项证照按原经营场所核发，未随住所变更`);
  if (kept.length) await expect(page.getByTestId("outcome-kept")).toContainText(`${kept.length} 项证照在其自有经营场所`);
});

test("cancelling the enterprise cancels every licence it holds; revoked ones stay revoked", async ({ page, browser }) => {
  const s1 = await seed("issuedS1");
  // As a department would have done before: the tobacco and liquor permits revoked.
  const revokedNumbers = s1.licences.filter((l) => l.matterCode === "TOBACCO_RETAIL" || l.matterCode === "LIQUOR_RETAIL").map((l) => l.number);
  expect(revokedNumbers).toHaveLength(2);
  await seed("revokeLicences", revokedNumbers, "告知承诺内容与实际不符，依法撤销");
  await login(page, s1.username);
  await page.goto("/my/enterprise");
  const form = page.getByTestId("reg-cancel-form");
  await expect(form).toBeVisible();
  const uscc = (await page.locator("dd .font-mono").first().innerText()).trim();
  expect(uscc).toBe(s1.uscc);

  // Not confirmed: nothing is sent.
  await form.getByLabel("注销原因").fill("股东会决议解散，停止经营");
  await form.getByRole("button", { name: "提交注销申请" }).click();
  await expect(form.getByText(/请勾选确认/)).toBeVisible();
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "提交注销申请" }).click();
  await expect(page.getByTestId("reg-open")).toContainText("注销本企业", { timeout: 15_000 });

  await decideWaiting(page, s1.companyName, "准予登记");

  const anon = await openEnterpriseCode(browser, uscc, page.url());
  await expect(anon.page.getByTestId("enterprise-status")).toHaveText("已注销");
  const licences = anon.page.getByTestId("enterprise-licence");
  const n = await licences.count();
  expect(n).toBe(s1.licences.length);
  // Every licence held is now cancelled; the two revoked before stay revoked.
  const revoked = anon.page.getByTestId("licence-status").and(anon.page.locator('[data-status="REVOKED"]'));
  await expect(revoked).toHaveCount(2);
  for (const number of revokedNumbers)
    await expect(anon.page.locator(`[data-testid="enterprise-licence"][data-number="${number}"]`).locator('[data-status="REVOKED"]')).toHaveCount(1);
  await expect(anon.page.getByTestId("licence-status").and(anon.page.locator('[data-status="CANCELLED"]'))).toHaveCount(n - 2);
  await anon.close();

  await login(page, s1.username);
  await page.goto("/my/enterprise");
  await expect(page.getByTestId("reg-status")).toHaveText("已注销");
  await expect(page.getByTestId("reg-cancelled")).toBeVisible();
  await expect(page.getByTestId("reg-cancel-form")).toHaveCount(0);
  await expectNoViolations(page);
});
