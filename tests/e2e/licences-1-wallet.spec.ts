import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoViolations, login } from "./support";
import { openFrom } from "./licences-support";
import { seed } from "./seed";

// 电子卡包: a founder whose S1 was issued (seeded for this spec) opens the wallet and downloads a licence as
// PDF and as the signed JSON.

test("the founder's wallet lists the issued licences and downloads the PDF and the signed JSON", async ({ page }) => {
  const s1 = await seed("issuedS1");
  await openFrom(page, s1.username, "/my", "电子卡包（我的证照）", "电子卡包");
  const cards = page.getByTestId("wallet-licence");
  await expect(cards).toHaveCount(s1.licences.length);
  await expectNoViolations(page);
  await expect(page.getByTestId("enterprise-code")).toHaveAttribute("href", /^\/verify\/91310116MA[0-9A-Z]{8}$/);
  const card = cards.filter({ has: page.getByTestId("licence-status").getByText("有效", { exact: true }) }).first();
  await expect(card.getByTestId("licence-signature")).toHaveText("电子签名有效：内容与发证时一致");
  const number = (await card.getByTestId("licence-number").innerText()).trim();

  const [pdf] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: `下载 PDF（${number}）` }).click()]);
  expect(pdf.suggestedFilename()).toBe(`${number}.pdf`);
  expect(
    readFileSync((await pdf.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  const [json] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: `下载签名数据文件 JSON（${number}）` }).click()]);
  expect(json.suggestedFilename()).toBe(`${number}.json`);
  const signed = JSON.parse(readFileSync((await json.path())!, "utf8")) as { payload: { number: string }; signature: string; keyId: string };
  expect(Object.keys(signed)).toEqual(["payload", "signature", "keyId"]);
  expect(signed.payload.number).toBe(number);

  // Someone else's (or no) licence id answers 404, and nothing without a session.
  expect((await page.request.get("/my/wallet/not-a-licence/licence.json")).status()).toBe(404);
  await page.context().clearCookies();
  const id = (await card.getByRole("link", { name: `下载 PDF（${number}）` }).getAttribute("href"))!;
  expect((await page.request.get(id)).status()).toBe(401);
});

test("an applicant whose enterprise holds no licence sees an honest empty wallet", async ({ page }) => {
  await login(page, (await seed("applicant")).username);
  await page.goto("/my/wallet");
  await expect(page.getByRole("heading", { level: 1, name: "电子卡包" })).toBeVisible();
  await expect(page.getByTestId("wallet-empty")).toHaveText("本企业尚未获发电子证照。申请办结、统一出件后，证照将出现在这里。");
  await expectNoViolations(page);
});
