import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations, login, submitS2 } from "./support";

// The regulator's reform-metrics dashboard (改革绩效看板) counts what is in the database: an application
// submitted now adds one to the applications tile at once; the drill-down lists exactly the applications the
// tile counts; a department filter narrows the figures and stays in the URL; the CSV says the same numbers.

/** A department S2 does not touch: filtering by it must not count the application submitted here. */
const OTHER_DEPT = "上海市金山区烟草专卖局";

/** A tile's number ("1,234" → 1234). */
async function tile(page: Page, id: string): Promise<number> {
  const text = (await page.getByTestId(`metric-${id}`).textContent()) ?? "";
  expect(text, id).toMatch(/^[\d,]+$/);
  return Number(text.replace(/,/g, ""));
}

test("the dashboard counts the database: tile, drill-down, department filter and exports agree", async ({ page }) => {
  test.setTimeout(240_000);
  await login(page, "regulator");
  await page.goto("/regulator");
  await expect(page.getByRole("heading", { level: 1, name: "监管工作台" })).toBeVisible();
  const before = await tile(page, "applications");

  const id = await submitS2(page, "看板测试小馆");

  // The new application counts at once (the rollup of its day is recomputed on read).
  await login(page, "regulator");
  await page.goto("/regulator");
  const total = await tile(page, "applications");
  expect(total).toBe(before + 1);
  await expect(page.getByTestId("metrics-table").locator('tr[data-metric="applications"]')).toContainText(String(total));
  // Shares show their numerator and denominator; the denominator of the commitment share is the count.
  await expect(page.getByTestId("metric-commitmentShare-fraction")).toHaveText(new RegExp(`[/／]\\s*${total.toLocaleString("en")}$`));
  await expect(page.getByRole("img", { name: /申请件数趋势/ })).toBeVisible();
  await expectNoViolations(page);

  // The drill-down behind the number lists exactly those applications, the new one first.
  await page.getByRole("link", { name: "查看明细：申请件数" }).click();
  await expect(page).toHaveURL(/\/regulator\/metrics\/applications\?/);
  await expect(page.getByRole("heading", { level: 1, name: "申请件数：申请明细" })).toBeVisible();
  const rows = page.getByTestId("drill-row");
  if (total <= 50) await expect(rows).toHaveCount(total);
  else await expect(rows).toHaveCount(50);
  await expect(rows.first()).toHaveAttribute("data-id", id);
  await expect(rows.first()).toContainText("已提交待受理");
  await expect(rows.first()).toContainText("食品经营许可");
  await expectNoViolations(page);
  await page.getByTestId("drill-back").click();
  await expect(page).toHaveURL(/\/regulator\?from=/);

  // A department filter: in the URL, and the figure narrows (the new application is not that department's).
  await page.getByLabel("部门", { exact: true }).selectOption({ label: OTHER_DEPT });
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(/[?&]dept=[A-Za-z0-9_-]+/);
  await expect(page.getByLabel("部门", { exact: true })).toHaveValue(new URL(page.url()).searchParams.get("dept")!);
  const filtered = await tile(page, "applications");
  expect(filtered).toBeLessThan(total);
  await page.getByRole("link", { name: "恢复默认" }).click();
  await expect(page).toHaveURL(/\/regulator$/);
  expect(await tile(page, "applications")).toBe(total);

  // A filter that cannot be read is said, not a blank page.
  await page.goto("/regulator?from=2026-13-45&dept=nobody");
  await expect(page.getByTestId("filter-problems")).toContainText("开始日期“2026-13-45”无法识别");
  await expect(page.getByTestId("filter-problems")).toContainText("部门“nobody”不存在");

  // CSV: byte order mark, the metric labels, the same count.
  await page.goto("/regulator");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^改革绩效_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  for (const label of ["主要指标", "申请件数", "表单字段精简率", "按承诺时限办结率", "一次办成率", "差评率", "趋势", "各部门", "筛选条件"])
    expect(csv).toContain(label);
  expect(csv).toMatch(new RegExp(`\\r\\n申请件数,${total},`));

  // Excel: the right content type and a zip (xlsx) body.
  const xlsxHref = (await page.getByTestId("export-xlsx").getAttribute("href"))!;
  const xlsx = await page.request.get(xlsxHref);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(xlsx.headers()["content-disposition"]).toContain("filename*=UTF-8''%E6%94%B9%E9%9D%A9%E7%BB%A9%E6%95%88_");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

  // A wrong format is refused in Chinese; an unknown drill-down is not found.
  const bad = await page.request.get("/regulator/export?format=pdf");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe("导出格式只能是 csv 或 xlsx");
  expect((await page.goto("/regulator/metrics/nothing"))?.status()).toBe(404);
});

test("the export and the drill-down are the regulator's: anonymous visitors and applicants are refused", async ({ page, request }) => {
  expect((await request.get("/regulator/export?format=csv")).status()).toBe(401);
  await login(page, "applicant");
  expect((await page.request.get("/regulator/export?format=csv")).status()).toBe(403);
  expect((await page.goto("/regulator/metrics/applications"))?.status()).toBe(403);
});
