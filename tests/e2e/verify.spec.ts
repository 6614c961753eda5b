import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support";

// 证照核验 without signing in: the /verify form, an unknown code, the published keys. (The founder's enterprise
// code after the S1 journey is opened in licences-2-code.spec.ts.)

test("the /verify form refuses garbage in Chinese; an unknown code is a clear not-found", async ({ page }) => {
  await page.goto("/verify");
  await expect(page.getByRole("heading", { level: 1, name: "证照核验" })).toBeVisible();
  await expectNoViolations(page);

  const input = page.getByLabel("统一社会信用代码或证照编号");
  await input.fill("hello<>");
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByTestId("verify-error")).toContainText("格式不正确");
  await expect(page.getByLabel("统一社会信用代码或证照编号")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);

  await page.getByLabel("统一社会信用代码或证照编号").fill("");
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByTestId("verify-error")).toContainText("请输入统一社会信用代码或证照编号");

  // A well-formed code nobody holds: the form sends it on, the page says plainly it is not known.
  await page.getByLabel("统一社会信用代码或证照编号").fill("xk20261123-nobody01");
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page).toHaveURL(/\/verify\/licence\/XK20261123-NOBODY01$/);
  await expect(page.getByTestId("verify-not-found")).toContainText("未找到该企业或证照");
  const res = await page.request.get("/verify/91440400MA4UXXXX0X");
  expect(res.status()).toBe(404);
});

test("the published keys are JSON at /.well-known/licence-keys.json", async ({ request }) => {
  const res = await request.get("/.well-known/licence-keys.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(res.headers()["cache-control"]).toContain("max-age");
  const body = (await res.json()) as { keys: { kid: string; alg: string; publicKey: string }[] };
  expect(Array.isArray(body.keys)).toBe(true);
  for (const k of body.keys) expect(k).toMatchObject({ alg: "Ed25519", kid: expect.any(String), publicKey: expect.any(String) });
});
