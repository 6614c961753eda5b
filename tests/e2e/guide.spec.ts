import { expect, test } from "@playwright/test";
import { answerS1, group } from "./support";

const S1_PERMITS = ["企业设立登记（营业执照）", "仅销售预包装食品备案", "酒类商品零售许可", "烟草专卖零售许可", "出版物零售", "户外招牌设置备案"];

test("S1 convenience store: the notice names every permit with its reason; no liquor → no liquor permit", async ({ page }) => {
  await answerS1(page);
  const items = page.getByTestId("notice-items").locator(":scope > li");
  await expect(items).toHaveCount(S1_PERMITS.length);
  for (const name of S1_PERMITS) {
    const card = items.filter({ hasText: name });
    await expect(card, name).toHaveCount(1);
    await expect(card.getByTestId("reason")).not.toBeEmpty();
  }
  await expect(items.filter({ hasText: "酒类商品零售许可" }).getByTestId("reason")).toContainText("销售酒类商品");
  await expect(items.filter({ hasText: "酒类商品零售许可" })).toContainText("上海市酒类商品产销管理条例");
  await expect(page.getByTestId("total-permits")).toHaveText(String(S1_PERMITS.length));
  await expect(page.getByTestId("unanswered")).toHaveText("已回答全部问题。");

  // The result is a shareable URL: opening it fresh shows the same notice.
  const url = page.url();
  expect(url).toContain("sells_liquor=yes");

  await group(page, /销售酒类商品/)
    .getByLabel("否")
    .check();
  await expect(items).toHaveCount(S1_PERMITS.length - 1);
  await expect(page.getByTestId("notice-items")).not.toContainText("酒类商品零售许可");
  await expect(page).toHaveURL(/sells_liquor=no/);

  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(fresh.getByTestId("notice-items").locator(":scope > li")).toHaveCount(S1_PERMITS.length);
});

test("what-if links show and apply the effect of one changed answer", async ({ page }) => {
  await answerS1(page);
  const whatIf = page
    .getByTestId("what-ifs")
    .getByRole("listitem")
    .filter({ hasText: /销售酒类商品.*改为“否”/ });
  await expect(whatIf).toContainText("不再需要：酒类商品零售许可");
  await whatIf.getByRole("link").click();
  await expect(page.getByTestId("notice-items")).not.toContainText("酒类商品零售许可");
  await expect(group(page, /销售酒类商品/).getByLabel("否")).toBeChecked();
});

test("branching: questions about retail goods appear only for retail", async ({ page }) => {
  await page.goto("/guide");
  await expect(group(page, /是否销售食品/)).toHaveCount(0);
  await group(page, /开展哪些经营活动/)
    .getByLabel(/餐饮服务/)
    .check();
  await expect(group(page, /销售酒类商品/)).toBeVisible();
  await expect(group(page, /是否销售食品/)).toHaveCount(0);
  await expect(page.getByTestId("notice-items")).toContainText("食品经营许可");
  await expect(page.getByTestId("not-needed")).toContainText("公共场所卫生许可");
});

test("a store that also serves food: the licence covers the prepackaged sale, and the notice says what it left out", async ({ page }) => {
  await page.goto("/guide?has_licence=yes&activities=retail,catering&sells_food=yes&food_kind=prepackaged");
  const items = page.getByTestId("notice-items");
  await expect(items).toContainText("食品经营许可");
  await expect(items).not.toContainText("仅销售预包装食品备案");
  const leftOut = page.getByTestId("left-out").getByRole("listitem").filter({ hasText: "仅销售预包装食品备案" });
  await expect(leftOut).toContainText("已含于“食品经营许可”");
  await expect(leftOut).toContainText("食品安全法》第三十五条");
  await expect(page.getByTestId("summary-items")).not.toContainText("仅销售预包装食品备案");
});

test("a gym is asked about food; a climbing wall is not a swimming pool", async ({ page }) => {
  // Answers live in the URL (the form replaces it on each change): opening the URL is answering.
  await page.goto("/guide?has_licence=yes&activities=sport");
  await expect(group(page, /是否销售食品/)).toBeVisible();
  await expect(group(page, /开放哪些高危险性体育项目/)).toHaveCount(0);
  await page.goto("/guide?has_licence=yes&activities=sport&sport_high_risk=yes&sport_items=climbing");
  await expect(group(page, /开放哪些高危险性体育项目/).getByLabel("攀岩")).toBeChecked();
  await expect(page.getByTestId("notice-items")).toContainText("经营高危险性体育项目许可");
  await expect(page.getByTestId("notice-items")).not.toContainText("公共场所卫生许可");
  await page.goto("/guide?has_licence=yes&activities=sport&sport_high_risk=yes&sport_items=climbing,swimming");
  await expect(page.getByTestId("notice-items")).toContainText("公共场所卫生许可");
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the summary of the notice comes before the questions and the details", async ({ page }) => {
    await page.goto("/guide?has_licence=no&activities=internet_cafe&sells_food=yes&food_kind=prepackaged&area=120");
    const summary = page.getByTestId("notice-summary");
    await expect(summary.getByTestId("summary-items")).toContainText("互联网上网服务营业场所经营许可");
    await expect(summary.getByTestId("summary-items")).toContainText("仅销售预包装食品备案");
    const top = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())!.y;
    const summaryTop = await top(summary);
    expect(summaryTop).toBeLessThan(844);
    expect(summaryTop).toBeLessThan(await top(page.getByRole("heading", { name: "您的经营情况" })));
    expect(summaryTop).toBeLessThan(await top(page.getByTestId("notice-items")));
  });
});
