// Issue 16 §2 "Done when": the English UI shows no Chinese except labelled legal originals. A founder walks
// S1 (../shared/SCENARIOS.md) with the locale cookie set to English — the finder, the one-time notice, the
// start page, the merged form with its commitments and generated documents, submission and the tracking
// page; then the service window (queue, completeness check, acceptance), the three department officers
// (desk, task, approval), the founder's supplement, the window's issuance, and the founder's tracking page,
// workspace and licence wallet, every officer in English too — and on every page no CJK character is
// visible (nor in an accessible name, alt text, placeholder, tooltip or the title) outside
//   - a legal original (data-legal-original: the 告知承诺书 and the documents written from the form, which
//     stay Chinese because they are what is signed; an English translation is shown beside each),
//   - data marked lang="zh-CN": registry and user data as typed (the company's and people's names, the
//     address, the business scope), legal citations, and catalog data that has no translation, and
//   - what this spec typed (USER_DATA), in case a page shows it unmarked.
// That marking must stay the exception: the permits' names, the questions and the department names are
// asserted to be English.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { FOUNDER_ID_NUMBER } from "../../prisma/seed/data/users";
import { seed } from "./seed";

/** Chinese characters and full-width punctuation. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;

/**
 * The visible text on the page that contains CJK and is not inside a legal original or a lang="zh-CN"
 * element, as "tag[testid]: text" lines, then the same for accessible names, alt texts, placeholders and
 * tooltips ("tag[testid] @attr: value") and the page's title (empty = the page is English). What this spec typed into the form
 * (USER_DATA: the company's, the shop's and the people's names, the address) is user data shown as typed:
 * it is taken out of each text before the check, so "Progress: <the company's name>" passes while a
 * Chinese sentence around it would not.
 */
async function chineseOutsideMarked(page: Page): Promise<string[]> {
  return page.evaluate(
    ([source, typed]) => {
      const cjk = new RegExp(source);
      const withoutTyped = (text: string) => typed.reduce((t, value) => t.split(value).join(""), text);
      const marked = (el: Element) => {
        const m = el.closest("[data-legal-original], [lang]");
        return m !== null && m !== document.documentElement && (m.hasAttribute("data-legal-original") || m.getAttribute("lang")!.startsWith("zh"));
      };
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const el = node.parentElement;
        if (!el || !cjk.test(withoutTyped(node.textContent ?? "")) || el.closest("script, style, noscript, template")) continue;
        if (marked(el)) continue;
        // An <option> of a closed select is not "visible" to checkVisibility, but a person opening it reads it.
        if (el.tagName !== "OPTION" && !el.checkVisibility()) continue;
        found.push(`${el.tagName.toLowerCase()}[${el.closest("[data-testid]")?.getAttribute("data-testid") ?? ""}]: ${node.textContent!.trim().slice(0, 100)}`);
      }
      // What is read out or shown without being text: names of controls and images, placeholders, tooltips.
      for (const el of document.body.querySelectorAll("[aria-label], [alt], [placeholder], [title]")) {
        if (marked(el) || el.closest("script, style, noscript, template")) continue;
        for (const attr of ["aria-label", "alt", "placeholder", "title"]) {
          const value = el.getAttribute(attr);
          if (value && cjk.test(withoutTyped(value)))
            found.push(
              `${el.tagName.toLowerCase()}[${el.closest("[data-testid]")?.getAttribute("data-testid") ?? ""}] @${attr}: ${value.trim().slice(0, 100)}`,
            );
        }
      }
      if (cjk.test(withoutTyped(document.title))) found.push(`title[]: ${document.title.slice(0, 100)}`);
      return [...new Set(found)];
    },
    [CJK.source, USER_DATA] as const,
  );
}

// Chinese still tolerated on the S1 pages in English mode: none since 2026-12-08 (issue 16 §2). An entry names the
// page(s), the offending lines ("tag[nearest data-testid]: text") and the file that must change; its lines are
// reported (console and the "known-gap" annotations), and ENGLISH_STRICT=1 fails on them too. Keep it empty:
// a new Chinese text on these pages is a failure, unless it is a legal original or marked lang="zh-CN" data.
interface Gap {
  page: RegExp;
  line: RegExp;
  source: string;
}
const KNOWN_GAPS: Gap[] = [];

async function expectEnglish(page: Page, where: string) {
  await expect(page).toHaveTitle(/\S/);
  const strict = process.env.ENGLISH_STRICT === "1";
  const found: string[] = [];
  const tolerated = new Map<string, string[]>();
  for (const line of await chineseOutsideMarked(page)) {
    const gap = strict ? undefined : KNOWN_GAPS.find((g) => g.page.test(where) && g.line.test(line));
    if (gap) tolerated.set(gap.source, [...(tolerated.get(gap.source) ?? []), line]);
    else found.push(line);
  }
  for (const [source, lines] of tolerated) {
    test.info().annotations.push({ type: "known-gap", description: `${where}: ${lines.length} line(s) — ${source}` });
    console.info(`[english-s1] known gap on ${where}: ${lines.length} line(s) — ${source}\n    ${lines.slice(0, 3).join("\n    ")}`);
  }
  expect.soft(found, `Chinese outside legal originals, lang="zh-CN" data and the typed data on ${where}`).toEqual([]);
}

/** The text of every element marked as Chinese (lang="zh-CN", legal originals excluded). */
async function markedTexts(page: Page): Promise<string[]> {
  return page.locator('body [lang="zh-CN"]:not([data-legal-original] *)').allInnerTexts();
}

function pdfFile(name: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "s1-en-")), name);
  writeFileSync(file, "%PDF-1.4\n%%EOF\n");
  return file;
}

// S1 as the finder's answers (tests/e2e/support.ts answerS1 answers the same questions through the form).
const S1_ANSWERS = [
  "has_licence=no",
  "activities=retail",
  "sells_food=yes",
  "food_kind=prepackaged",
  "sells_chilled=yes",
  "sells_liquor=yes",
  "sells_tobacco=yes",
  "sells_publications=yes",
  "sells_drugs=no",
  "medical_devices=none",
  "special_goods=",
  "area=80",
  "outdoor_sign=yes",
  "outdoor_ad=no",
  "gas_use=none",
].join("&");
const RUN = [...String(Date.now() % 100000)].map((d) => "零一二三四五六七八九"[Number(d)]).join("");
const S1_NAME = `上海金山晨曦${RUN}便利店有限公司`;
const S1_ADDRESS = "上海市金山区朱泾镇新农路88号";
const SHOP_NAME = "晨曦便利店";
const FOUNDER_NAME = "陈晨";
const SUPERVISOR_NAME = "陈明";
const FREE_TEXT = "测试填写内容";
/** Everything Chinese this spec types (longest first, so the company's name goes before the shop's). */
const USER_DATA = [S1_NAME, S1_ADDRESS, SHOP_NAME, FOUNDER_NAME, SUPERVISOR_NAME, FREE_TEXT];

test.describe.configure({ mode: "serial" });
let founder = "";
let applicationId = "";
test.beforeAll(async () => {
  founder = (await seed("founder")).username;
});

async function signInInEnglish(page: Page, username: string) {
  const context = page.context();
  await context.clearCookies();
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password: "Demo@2026", json: "true" }, maxRedirects: 0 });
  const base = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3100");
  await context.addCookies([{ name: "locale", value: "en", domain: base.hostname, path: "/" }]);
  expect((await context.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
}

test("S1 in English: finder, notice and start page show English names and no unmarked Chinese", async ({ page }) => {
  test.setTimeout(120_000);
  await signInInEnglish(page, founder);
  await page.goto(`/guide?${S1_ANSWERS}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const summary = page.getByTestId("summary-items");
  // The permits by their English names, the departments too.
  for (const name of [
    "Company registration (business licence)",
    "Filing for the sale of prepackaged food only",
    "Liquor retail licence",
    "Tobacco monopoly retail licence",
    "Publication retail licence",
    "Shop sign filing",
  ])
    await expect(summary).toContainText(name);
  await expect(summary).toContainText("Market Regulation");
  await expect(page.getByRole("group", { name: /Does your business already have a business licence/ })).toBeVisible();
  await expect(page.getByTestId("notice-items").getByTestId("reason").first()).not.toContainText(/[\u4e00-\u9fff]/);
  await expectEnglish(page, "/guide (S1 notice)");
  // What is marked Chinese is the legal citations, not the names: no permit name among the marked texts.
  const marked = (await markedTexts(page)).join("\n");
  expect(marked).not.toContain("酒类商品零售许可");
  expect(marked).not.toContain("烟草专卖零售许可");

  await page.getByTestId("apply-start").click();
  await expect(page).toHaveURL(/\/apply\?matters=/);
  await expect(page.getByTestId("start-matters")).toContainText("Liquor retail licence");
  await expectEnglish(page, "/apply (start)");
  await page.getByRole("button", { name: "Start one-form application" }).click();
  await expect(page).toHaveURL(/\/apply\/[a-z0-9]+$/, { timeout: 60_000 });
  applicationId = /\/apply\/([a-z0-9]+)/.exec(page.url())![1]!;
});

/** A page of its own for one role (its own cookies), signed in with the English locale. */
async function signedInEnglish(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en" })).newPage();
  await signInInEnglish(page, username);
  return page;
}

test("S1 in English: the merged form, commitments and generated documents (Chinese original + labelled translation), submission, acceptance, the departments' decisions, issuance and the e-licences", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  expect(applicationId).not.toBe("");
  const page = await signedInEnglish(browser, founder);
  await page.goto(`/apply/${applicationId}`);
  const fill = async (key: string, value: string) => {
    await page.locator(`[data-field="${key}"]`).locator("input, textarea").first().fill(value);
  };
  await fill("subject.shareholders", `${FOUNDER_NAME} ${FOUNDER_ID_NUMBER} 50`);
  await fill("subject.address", S1_ADDRESS);
  await fill("subject.phone", "13800138000");
  await fill("premises.name", SHOP_NAME);
  await expect(page.getByTestId("save-status")).toHaveText("Saved automatically", { timeout: 15_000 });
  // Every other required field: by type, with English choices.
  const byKey: Record<string, string> = {
    "subject.name": S1_NAME,
    "subject.entityType": "llc-natural-sole",
    "subject.supervisor.name": SUPERVISOR_NAME,
    "subject.contact.name": FOUNDER_NAME,
    "sign.size": "4×0.8",
  };
  const keys = await page.locator('[data-field][data-required="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-field")!));
  for (const key of keys) {
    const field = page.locator(`[data-field="${key}"]`);
    if ((await field.count()) === 0) continue;
    const type = (await field.getAttribute("data-type"))!;
    if (type === "BOOLEAN") await field.getByRole("radio", { name: "Yes" }).check();
    else if (type === "MULTISELECT") await field.getByRole("checkbox").first().check();
    else {
      const input = field.locator("input, textarea, select").first();
      if (type === "SELECT") await input.selectOption(byKey[key] ?? { index: 1 });
      else if ((await input.inputValue()) === "") {
        const sample: Record<string, string> = { NUMBER: "120", DATE: "2027-12-31", PHONE: "13800138000" };
        await input.fill(byKey[key] ?? sample[type] ?? FREE_TEXT);
      }
    }
  }
  await expect(page.getByTestId("save-status")).toHaveText("Saved automatically", { timeout: 15_000 });
  // The status may still show the previous save while the last values wait out the autosave delay (800 ms):
  // wait past it, for the save it starts, then reload until the page is built from the saved form.
  await page.waitForTimeout(1_500);
  await expect(page.getByTestId("save-status")).toHaveText("Saved automatically", { timeout: 15_000 });
  const articles = page.getByTestId("doc-articles.draft");
  await expect(async () => {
    await page.reload();
    await expect(articles.getByTestId("legal-original")).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });

  // The articles: the Chinese original (what is signed) and its English translation beside it, each labelled.
  await expect(articles.getByTestId("legal-original")).toContainText("Chinese original — this is the text you sign");
  await expect(articles.getByTestId("legal-original").locator("pre")).toContainText(`${S1_NAME}章程`);
  await expect(articles.getByTestId("legal-original").locator("pre")).toHaveAttribute("lang", "zh-CN");
  const translation = articles.getByTestId("legal-translation");
  await expect(translation).toContainText("English translation (for reference)");
  await expect(translation.locator("pre")).toContainText("Articles of Association of");
  await expect(translation.locator("pre")).toContainText("The registered capital of the company is CNY 500,000.");
  await expect(translation).not.toContainText("this line is not translated");
  // The commitment for the liquor licence, likewise.
  const liquor = page.getByTestId("commit-LIQUOR_RETAIL");
  await expect(liquor.getByRole("heading", { name: "Liquor retail licence" })).toBeVisible();
  await expect(liquor.getByTestId("legal-original").locator("pre")).toContainText("如承诺不实");
  await expect(liquor.getByTestId("legal-translation").locator("pre")).toContainText("Notification and Commitment (Liquor retail licence)");
  await expect(liquor.getByTestId("legal-translation")).not.toContainText("this line is not translated");
  await expectEnglish(page, "/apply/[id] (merged form)");

  // Sign what the portal wrote, and the commitment: the signature covers the Chinese original as before.
  for (const key of ["articles.draft", "appointment", "sign.design"]) {
    const row = page.getByTestId(`doc-${key}`);
    await row.getByRole("checkbox", { name: "I have checked the text above and agree to sign it electronically" }).check();
    await row.getByRole("button", { name: /^E-sign/ }).click();
    await expect(row.getByTestId("document-signed")).toBeVisible();
  }
  await liquor.getByRole("checkbox", { name: "I have read this and commit to it" }).check();
  await liquor.getByRole("button", { name: "Sign the commitment" }).click();
  await expect(liquor.getByTestId("commitment-signed")).toBeVisible();
  const photos = page.getByTestId("doc-premises.photos");
  await photos.getByRole("checkbox", { name: /Supplement later/ }).check();
  for (const [key, name] of [
    ["premises.lease", "lease.pdf"],
    ["premises.locationMap", "map.pdf"],
  ] as const) {
    const row = page.getByTestId(`doc-${key}`);
    await row.locator('input[type="file"]').setInputFiles(pdfFile(name));
    await expect(row.getByTestId("uploaded-file")).toHaveText(`Uploaded: ${name}`);
  }
  await expectEnglish(page, "/apply/[id] (signed, ready to submit)");

  await page.getByRole("button", { name: "Submit the application" }).click();
  const summary = page.getByTestId("submitted-summary");
  await expect(summary).toBeVisible({ timeout: 20_000 });
  await expectEnglish(page, "/apply/[id] (submitted)");

  await page.goto(`/my/applications/${applicationId}`);
  await expect(page.getByTestId("application-status")).toBeVisible();
  await expectEnglish(page, "/my/applications/[id] (tracking)");
  await page.goto("/my");
  await expectEnglish(page, "/my");
  await page.context().close();

  // The service window: its queue, the completeness check, "Accept and dispatch".
  const window = await signedInEnglish(browser, "window");
  await window.goto("/desk");
  await expectEnglish(window, "/desk (window queue)");
  await window.getByTestId("waiting-row").filter({ hasText: S1_NAME }).getByRole("link").first().click();
  await expect(window).toHaveURL(new RegExp(`/desk/applications/${applicationId}$`));
  await expectEnglish(window, "/desk/applications/[id] (completeness check)");
  for (const row of await window.locator('[data-testid^="check-"]').all()) {
    const key = (await row.getAttribute("data-testid"))!.slice("check-".length);
    await row.getByRole("radio", { name: key === "premises.photos" ? "Supplement later" : "Complete" }).check();
  }
  await window.getByRole("button", { name: "Accept and dispatch" }).click();
  await expect(window.getByTestId("done-banner")).toContainText("went to 3 department(s) at once");
  await expectEnglish(window, "/desk/applications/[id] (accepted)");

  // Three department officers decide, one after another (the parallel decision is apply-s1.spec.ts's).
  for (const officer of ["dept-scjg", "dept-ycj", "dept-whly"]) {
    const page = await signedInEnglish(browser, officer);
    await page.goto("/dept");
    await expectEnglish(page, `/dept (${officer})`);
    await page.getByTestId("dept-task-row").filter({ hasText: S1_NAME }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/dept\/tasks\/[a-z0-9]+$/);
    await expectEnglish(page, `/dept/tasks/[id] (${officer})`);
    await page.getByRole("radio", { name: "Approve" }).check();
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByTestId("decision-done")).toBeVisible({ timeout: 15_000 });
    await expectEnglish(page, `/dept/tasks/[id] (${officer}, decided)`);
    await page.context().close();
  }

  // The founder sees every decision and supplements the one pending material.
  const founderPage = await signedInEnglish(browser, founder);
  await founderPage.goto(`/my/applications/${applicationId}`);
  for (const code of ["SCJG", "YCJ", "WHLY"])
    await expect(founderPage.getByTestId(`dept-${code}`).getByTestId("dept-status")).toHaveAttribute("data-status", "APPROVED");
  await expect(founderPage.getByTestId("issue-waits")).toBeVisible();
  await expectEnglish(founderPage, "/my/applications/[id] (approved, waiting for a material)");
  const pendingPhotos = founderPage.getByTestId("pending-premises.photos");
  await founderPage.locator('[data-testid="pending-upload"][data-document-key="premises.photos"] input[type="file"]').setInputFiles(pdfFile("photos.pdf"));
  await expect(pendingPhotos).toHaveAttribute("data-status", "SUPPLEMENTED", { timeout: 15_000 });
  await expectEnglish(founderPage, "/my/applications/[id] (supplemented)");

  // The window issues every result together.
  await window.goto(`/desk/applications/${applicationId}`);
  await expect(window.getByTestId("issue-blocked")).toHaveCount(0);
  await expectEnglish(window, "/desk/applications/[id] (ready to issue)");
  await window.getByRole("button", { name: "Issue results" }).click();
  await expect(window.getByTestId("issued-uscc")).toContainText(/91310116MA[0-9A-Z]{8}/, { timeout: 15_000 });
  const issued = await window.getByTestId("issued-record").getByTestId("licence-number").count();
  expect(issued).toBeGreaterThanOrEqual(6);
  await expectEnglish(window, "/desk/applications/[id] (issued)");

  // The founder: the tracking page with every result, then the licence wallet with the e-licences.
  await founderPage.reload();
  await expect(founderPage.getByTestId("issued-list").getByTestId("licence-number")).toHaveCount(issued);
  await expectEnglish(founderPage, "/my/applications/[id] (issued)");
  await founderPage.goto("/my");
  await expectEnglish(founderPage, "/my (issued)");
  await founderPage.getByRole("link", { name: "Licence wallet (my licences)" }).click();
  await expect(founderPage.getByRole("heading", { level: 1, name: "Licence wallet" })).toBeVisible();
  await expect(founderPage.getByTestId("wallet-licence")).toHaveCount(issued);
  await expect(founderPage.getByTestId("wallet-licence").first().getByTestId("licence-signature")).toHaveText("Signature valid: the content is as issued");
  await expectEnglish(founderPage, "/my/wallet (e-licences)");
});
