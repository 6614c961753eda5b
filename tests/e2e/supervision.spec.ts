import { expect, test } from "@playwright/test";
import { expectNoViolations, login } from "./support";

// 双随机、一公开 through the pages: a regulator plans and draws; anyone reads the plan, its seed and snapshot
// hash, and downloads the draw file; an inspector's desk and the conflict declaration; the credit pages.
// (The draw's reproducibility itself is asserted in tests/integration/inspection-draw.test.ts.)

test("a regulator plans and draws; the public page publishes the seed, the snapshot hash and the draw file", async ({ page, browser }) => {
  await login(page, "regulator");
  await page.goto("/regulator");
  await page.getByRole("link", { name: "双随机抽查计划" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "双随机抽查计划" })).toBeVisible();
  await expectNoViolations(page);

  const form = page.getByTestId("plan-form");
  await form.getByRole("button", { name: "保存计划" }).click();
  await expect(form.getByText("请填写计划名称（至少 2 个字）")).toBeVisible();
  const name = `酒类零售双随机抽查 ${Date.now()}`;
  await form.getByLabel("计划名称").fill(name);
  await form.getByLabel("实施部门").selectOption({ label: "上海市金山区市场监督管理局" });
  await form.getByRole("checkbox", { name: "酒类商品零售许可" }).check();
  await form.getByLabel("检查开始日期").fill("2026-12-01");
  await form.getByLabel("检查结束日期").fill("2026-12-31");
  await form.getByLabel("结果公示期限").fill("2027-01-20");
  await form.getByRole("button", { name: "保存计划" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `抽查计划：${name}` })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "执行双随机抽取" }).click();
  await expect(page.getByTestId("plan-seed")).toHaveText(/^[0-9a-f]{64}$/, { timeout: 15_000 });
  const seed = await page.getByTestId("plan-seed").innerText();
  const hash = await page.getByTestId("plan-hash").innerText();
  await expect(page.getByRole("button", { name: "执行双随机抽取" })).toHaveCount(0);
  await expectNoViolations(page);

  // Anyone: the plan, its seed and hash, and the draw file.
  const context = await browser.newContext({ locale: "zh-CN" });
  const visitor = await context.newPage();
  await visitor.goto(new URL("/public/inspections", page.url()).toString());
  await visitor.getByRole("link", { name }).click();
  await expect(visitor.getByTestId("plan-seed")).toHaveText(seed);
  await expect(visitor.getByTestId("plan-hash")).toHaveText(hash);
  await expectNoViolations(visitor);
  const href = await visitor.getByRole("link", { name: "下载抽取文件（draw.json）" }).getAttribute("href");
  const file = await (await visitor.request.get(new URL(href!, visitor.url()).toString())).json();
  expect(file).toMatchObject({ algorithm: "onelicence-draw-v1", seed, snapshotHash: hash, perInspection: 2, ratios: { A: 3, B: 5, C: 10, D: 100 } });
  await context.close();
});

test("an inspector's desk lists drawn inspections and takes conflict declarations; the credit pages are accessible", async ({ page }) => {
  await login(page, "dept-scjg");
  await page.goto("/dept");
  await page.getByRole("link", { name: "我的双随机检查任务" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的双随机检查任务" })).toBeVisible();
  const form = page.getByTestId("conflict-form");
  await form.getByLabel("企业统一社会信用代码").fill("123");
  await form.getByLabel("利益冲突情形").fill("曾在该企业任职");
  await form.getByRole("button", { name: "提交申报" }).click();
  await expect(form.getByRole("alert")).toContainText("统一社会信用代码应为 18 位");
  await expectNoViolations(page);

  // A regulator enters a penalty for the demo enterprise; its grade falls from A to B at once, explained.
  await login(page, "applicant");
  await page.goto("/my");
  const uscc = (await page.locator("dd.font-mono").first().innerText()).trim();
  await login(page, "regulator");
  await page.goto("/regulator/credit");
  await expect(page.getByRole("heading", { level: 1, name: "信用记录与信用修复" })).toBeVisible();
  const add = page.getByTestId("credit-add-form");
  await add.getByLabel("企业统一社会信用代码").fill(uscc);
  await add.getByLabel("记录类型").selectOption({ label: "行政处罚" });
  await add.getByLabel("严重程度").selectOption({ label: "一般" });
  await add.getByLabel("记录内容").fill("金市监罚〔2026〕88号：未按规定明码标价");
  await add.getByRole("button", { name: "录入" }).click();
  await expect(add.getByRole("status")).toHaveText("已录入。", { timeout: 15_000 });
  await expectNoViolations(page);

  await login(page, "applicant");
  await page.goto("/my/credit");
  await expect(page.getByTestId("credit-grade")).toHaveAttribute("data-grade", "B");
  await expect(page.getByTestId("credit-factors")).toContainText("未按规定明码标价（一般，扣 15 分）");
  await expectNoViolations(page);
});
