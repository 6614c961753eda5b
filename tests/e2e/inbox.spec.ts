import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations, login } from "./support";

// Messages come from a real journey: the window registers a licensed scope term (道路货物运输, a
// 交通委 permit) for three enterprises no other spec uses, so the 交通委 officer is told three times (双告知)
// and each registration leaves two pushes in the outbox. The tests build on each other, hence serial.
test.describe.configure({ mode: "serial" });

const ENTERPRISES = ["上海金山畅达物流有限公司", "上海金山悦湾酒店管理有限公司", "上海亭林康健大药房有限公司"];
const ROAD_FREIGHT_TERM = "L1017";

async function registerScope(page: Page, enterprise: string, term: string) {
  await page.goto("/desk/scope");
  const value = await page.locator("option", { hasText: enterprise }).getAttribute("value");
  await page.getByLabel("企业").selectOption(value!);
  await page.getByRole("button", { name: "选择", exact: true }).click();
  await page.locator(`[data-term=${term}]`).getByRole("checkbox").check();
  await page.getByRole("button", { name: "登记经营范围并双告知" }).click();
  await expect(page.getByTestId("scope-result")).toContainText("已推送部门");
}

/** The header's inbox link, whose accessible name carries the unread count ("消息，3 条未读" or "消息"). */
const inboxLink = (page: Page) => page.getByTestId("header-inbox");

async function unreadInHeader(page: Page): Promise<number> {
  const name = (await inboxLink(page).getAttribute("aria-label")) ?? "";
  const m = name.match(/^消息，(\d+) 条未读$/);
  return m ? Number(m[1]) : 0;
}

/** Nothing on the page is wider than a phone screen (tables scroll inside their own box). */
async function expectFitsPhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("an officer sees unread messages in the header, reads them in the inbox, and the count drops", async ({ page }) => {
  await login(page, "window");
  for (const enterprise of ENTERPRISES) await registerScope(page, enterprise, ROAD_FREIGHT_TERM);

  await login(page, "dept-jtw");
  const before = await unreadInHeader(page);
  expect(before).toBeGreaterThanOrEqual(ENTERPRISES.length);
  await expect(page.getByRole("link", { name: `消息，${before} 条未读` })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone the header's links sit behind the menu button.
  await page.getByTestId("menu-button").click();
  await inboxLink(page).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的消息" })).toBeVisible();
  await expect(page.getByTestId("inbox-summary")).toContainText(`未读 ${before} 条`);
  const item = page.getByTestId("inbox-item").filter({ hasText: ENTERPRISES[0]! });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expectNoViolations(page);
  await expectFitsPhone(page);

  // One message, by its own button (named with the message's title for screen readers).
  await item.getByRole("button", { name: /^标为已读：/ }).click();
  await expect(inboxLink(page)).toHaveAttribute("aria-label", `消息，${before - 1} 条未读`);
  await expect(item).not.toHaveAttribute("data-unread", "true");
  await expect(page.getByTestId("inbox-summary")).toContainText(`未读 ${before - 1} 条`);

  // Opening a message through /inbox/[id] marks it read too; with no link of its own it comes back here.
  const second = page.getByTestId("inbox-item").filter({ hasText: ENTERPRISES[1]! });
  await page.goto(`/inbox/${await second.getAttribute("data-id")}`);
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(inboxLink(page)).toHaveAttribute("aria-label", `消息，${before - 2} 条未读`);
  await expect(second).not.toHaveAttribute("data-unread", "true");
  // Someone else's or a made-up id is simply not found.
  expect((await page.request.get("/inbox/no-such-message", { maxRedirects: 0 })).status()).toBe(404);

  // Then everything: the badge goes away.
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByTestId("inbox-summary")).toContainText("未读 0 条");
  await expect(inboxLink(page)).not.toHaveAttribute("aria-label", /.*/);
  await expect(page.getByTestId("header-unread")).toHaveCount(0);
  await expect(page.locator("[data-unread=true]")).toHaveCount(0);
});

test("the administrator sees the pushes waiting in the outbox, and why they wait", async ({ page }) => {
  await login(page, "admin");
  await page.getByRole("link", { name: "推送发件箱" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "推送发件箱" })).toBeVisible();
  // The e2e server has no OUTBOX_WEBHOOK_URL: rows wait, nothing failed.
  await expect(page.getByTestId("outbox-config")).toContainText("尚未配置推送接收地址");
  const pending = Number(await page.getByTestId("outbox-count-PENDING").innerText());
  expect(pending).toBeGreaterThanOrEqual(ENTERPRISES.length * 2);
  await expect(page.getByTestId("outbox-count-FAILED")).toHaveText("0");
  const toTransport = page.getByTestId("outbox-row").filter({ hasText: "JTW" });
  await expect(toTransport).toHaveCount(ENTERPRISES.length);
  await expect(toTransport.first()).toContainText("dual-notice.department");
  await expect(toTransport.first()).toContainText("待投递");

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoViolations(page);
  await expectFitsPhone(page);

  await page.getByRole("link", { name: "投递失败" }).click();
  await expect(page.getByRole("link", { name: "投递失败" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("没有符合条件的推送记录。")).toBeVisible();
});
