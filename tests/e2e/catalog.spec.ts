import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support";

// The public catalog (/matters) and the service guide (/matters/[code]), as an anonymous visitor.

const table = (page: Page) => page.getByTestId("matters-table");
const totalOf = async (page: Page) => Number(await page.getByTestId("results-summary").getAttribute("data-total"));

test("search by name finds the food matters and not tobacco", async ({ page }) => {
  await page.goto("/matters");
  await expect(page.getByRole("heading", { level: 1, name: "涉企经营许可事项目录" })).toBeVisible();
  await expect(page.getByTestId("demo-note")).toContainText("演示数据");
  await expect(page.getByRole("link", { name: "导出 Excel" })).toHaveAttribute("href", "/matters/export.xlsx");

  await page.getByLabel("事项名称或基本编码").fill("食品");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/[?&]q=%E9%A3%9F%E5%93%81/);
  await expect(table(page).getByRole("link", { name: "食品经营许可", exact: true })).toBeVisible();
  await expect(table(page).getByRole("link", { name: "仅销售预包装食品备案" })).toBeVisible();
  await expect(table(page).getByRole("link", { name: "烟草专卖零售许可" })).toHaveCount(0);
  // The export link carries the search along.
  await expect(page.getByRole("link", { name: "导出 Excel" })).toHaveAttribute("href", /export\.xlsx\?q=/);
});

test("filtering by 实行告知承诺 shows only that mode, and its count matches", async ({ page }) => {
  await page.goto("/matters");
  const expected = Number(await page.getByTestId("count-COMMITMENT").locator("[data-count]").getAttribute("data-count"));
  expect(expected).toBeGreaterThan(0);

  await page.getByLabel("改革方式", { exact: true }).selectOption({ label: "实行告知承诺" });
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/mode=COMMITMENT/);
  const badges = table(page).getByTestId("mode-badge");
  await expect(badges).toHaveCount(expected);
  for (const text of await badges.allTextContents()) expect(text).toBe("实行告知承诺");
  expect(await totalOf(page)).toBe(expected);
  await expect(page.getByLabel("改革方式", { exact: true })).toHaveValue("COMMITMENT");
  await expect(page.getByTestId("count-COMMITMENT")).toHaveAttribute("aria-current", "true");
});

test("the mode counts are links that narrow the list", async ({ page }) => {
  await page.goto("/matters?q=%E8%AE%B8%E5%8F%AF");
  const filingCount = Number(await page.getByTestId("count-FILING").locator("[data-count]").getAttribute("data-count"));
  await page.getByTestId("count-OPTIMIZE").click();
  await expect(page).toHaveURL(/mode=OPTIMIZE/);
  await expect(page).toHaveURL(/q=/);
  for (const text of await table(page).getByTestId("mode-badge").allTextContents()) expect(text).toBe("优化审批服务");
  // Counts ignore the mode filter, so the other modes keep their numbers.
  await expect(page.getByTestId("count-FILING").locator("[data-count]")).toHaveAttribute("data-count", String(filingCount));
  await expect(page.getByLabel("改革方式", { exact: true })).toHaveValue("OPTIMIZE");
});

test("bad parameters are ignored, a too-short query says so, and nothing matches honestly", async ({ page }) => {
  const all = await (async () => {
    await page.goto("/matters");
    return totalOf(page);
  })();
  const response = await page.goto("/matters?mode=FOO&level=MOON&page=abc&batch=x");
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("改革方式", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("改革方式", { exact: true }).locator("option:checked")).toHaveText("全部");
  expect(await totalOf(page)).toBe(all);

  await page.goto("/matters?q=f");
  await expect(page.getByTestId("query-too-short")).toContainText("太短");
  expect(await totalOf(page)).toBe(all);

  await page.goto("/matters?q=%E5%93%81%E9%A3%9F");
  await expect(page.getByTestId("empty-state")).toContainText("没有找到符合条件的事项");
  await expect(page.getByRole("link", { name: "导出 Excel" })).toHaveCount(0);
});

test("pagination moves through the whole list", async ({ page }) => {
  await page.goto("/matters?pageSize=20");
  const total = await totalOf(page);
  const pages = Math.ceil(total / 20);
  expect(pages).toBeGreaterThan(1);
  const pagination = page.getByRole("navigation", { name: "分页" });
  await expect(pagination.locator("[aria-current=page]")).toContainText("1");
  await pagination.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pagination.locator("[aria-current=page]")).toContainText("2");
  await page.goto(`/matters?pageSize=20&page=${pages}`);
  await expect(table(page).locator("tbody tr")).toHaveCount(total - 20 * (pages - 1));
});

test("the filter form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/matters");
  await page.getByLabel("所属行业").selectOption("零售");
  await page.getByLabel("改革方式", { exact: true }).selectOption("FILING");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/industry=%E9%9B%B6%E5%94%AE/);
  await expect(table(page).getByRole("link", { name: "仅销售预包装食品备案" })).toBeVisible();
  for (const text of await table(page).getByTestId("mode-badge").allTextContents()) expect(text).toBe("审批改为备案");
  await context.close();
});

test("the filter form and results are usable by keyboard alone", async ({ page }) => {
  await page.goto("/matters");
  // Tab from the top of the page to the search box.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "f-q")) break;
  }
  const search = page.getByLabel("事项名称或基本编码");
  await expect(search).toBeFocused();
  await page.keyboard.type("许可");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("改革方式", { exact: true })).toBeFocused();
  // The focus ring is visible (WCAG 2.4.7).
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
  await page.keyboard.press("ArrowDown"); // 直接取消审批
  await page.keyboard.press("ArrowDown"); // 审批改为备案
  await page.keyboard.press("ArrowDown"); // 实行告知承诺
  await expect(page.getByLabel("改革方式", { exact: true })).toHaveValue("COMMITMENT");
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.textContent === "查询")) break;
  }
  await expect(page.getByRole("button", { name: "查询" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/mode=COMMITMENT/);
  await expect(page).toHaveURL(/q=%E8%AE%B8%E5%8F%AF/);
  const badges = await table(page).getByTestId("mode-badge").allTextContents();
  expect(badges.length).toBeGreaterThan(0);
  for (const text of badges) expect(text).toBe("实行告知承诺");

  // Open the first result's guide with the keyboard.
  const firstLink = table(page).locator("tbody tr").first().getByRole("link");
  const name = (await firstLink.textContent())!;
  await firstLink.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("the service guide shows the elements of the guide, materials with their markers, limits and FAQ", async ({ page }) => {
  await page.goto("/matters?q=%E9%A3%9F%E5%93%81");
  await table(page).getByRole("link", { name: "食品经营许可", exact: true }).click();
  await expect(page).toHaveURL(/\/matters\/FOOD_OPERATION$/);
  await expect(page).toHaveTitle(/食品经营许可 办事指南/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("食品经营许可");

  await expect(page.getByTestId("legal-basis")).toContainText("《中华人民共和国食品安全法》");
  const info = page.getByTestId("basic-info");
  await expect(info).toContainText("FOOD_OPERATION");
  await expect(info).toContainText("即办件");
  await expect(info).toContainText("上海市金山区市场监督管理局");
  await expect(info).toContainText("区（县）级");
  await expect(info).toContainText("第1批，自 2021-09-30 起上线");
  await expect(page.getByTestId("catalog-version")).toHaveText(/^第 \d+ 版，自 \d{4}-\d{2}-\d{2} 起施行$/);

  const materials = page.getByRole("table", { name: /申请材料清单/ });
  await expect(materials.getByRole("columnheader", { name: "关键材料" })).toBeVisible();
  const flag = (row: RegExp, key: string) => materials.getByRole("row", { name: row }).locator(`[data-flag="${key}"]`);
  await expect(flag(/经营场所使用证明/, "isKey")).toHaveText("是");
  await expect(flag(/食品安全管理制度/, "waivableByCommitment")).toHaveText("是");
  await expect(flag(/从业人员健康证明/, "mayBePending")).toHaveText("是");
  await expect(flag(/从业人员健康证明/, "isKey")).toHaveText("否");
  await expect(flag(/由电子证照库调取/, "heldByGovernment")).toHaveText("是");

  await expect(page.getByTestId("statutory-days")).toHaveText("20 个工作日");
  await expect(page.getByTestId("promised-days")).toHaveText("当场办结");
  await expect(page.getByTestId("reduction")).toHaveText("较法定时限压减 100%");
  await expect(page.getByTestId("conditions").locator("li")).toHaveCount(6);

  const faq = page.getByTestId("faq");
  await expect(faq.locator("dt")).not.toHaveCount(0);
  await expect(faq).toContainText("仅销售预包装食品备案");

  const history = page.getByTestId("version-history");
  await expect(history.locator("[data-version]")).toHaveCount(1);
  await expect(history).toContainText("现行版本");
  await expect(history).toContainText("初始目录");
  await expect(page.getByRole("button", { name: "打印本指南" })).toBeVisible();
});

test("a guide with different limits and no FAQ says so; an unknown code is a 404", async ({ page }) => {
  await page.goto("/matters/TOBACCO_RETAIL");
  await expect(page.getByTestId("reduction")).toHaveText("较法定时限压减 75%");
  await expect(page.getByTestId("promised-days")).toHaveText("5 个工作日");
  await page.goto("/matters/ROAD_FREIGHT");
  await expect(page.getByTestId("faq-empty")).toHaveText(/暂无常见问题/);

  const response = await page.goto("/matters/NO_SUCH_MATTER");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
});

test("the guide prints without the site chrome and without the buttons", async ({ page }) => {
  await page.goto("/matters/FOOD_OPERATION");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "打印本指南" })).toBeHidden();
  await expect(page.getByText("一照通行 · 办事指南（打印件）")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "食品经营许可" })).toBeVisible();
  await expect(page.getByTestId("materials-table")).toBeVisible();
});

test("catalog and guide fit a phone screen without sideways page scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ["/matters", "/matters/FOOD_OPERATION"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("no WCAG A/AA violations on the catalog and a guide", async ({ page }) => {
  for (const path of [
    "/matters",
    "/matters?q=%E9%A3%9F%E5%93%81&mode=COMMITMENT",
    "/matters?q=f",
    "/matters/FOOD_OPERATION",
    "/matters/AD_PUBLISH_REGISTRATION",
  ]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});

test("everyday words find the matter through the synonyms: 网吧, 宾馆, 药店", async ({ page }) => {
  await page.goto("/matters?q=%E7%BD%91%E5%90%A7");
  await expect(table(page).getByRole("link", { name: "互联网上网服务营业场所经营许可" })).toBeVisible();
  await expect(page.getByTestId("also-searched")).toContainText("上网服务");
  await page.goto(`/matters?q=${encodeURIComponent("宾馆")}`);
  await expect(table(page).getByRole("link", { name: "特种行业许可证核发（旅馆业）" })).toBeVisible();
  await page.goto(`/matters?q=${encodeURIComponent("药店")}`);
  await expect(table(page).getByRole("link", { name: /药品零售企业许可/ })).toBeVisible();
});
