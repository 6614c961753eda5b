// Shared steps of the licences-*.spec.ts journeys. Each spec seeds a founder of its own whose S1 was issued
// (seed("issuedS1"), tests/factories/e2e-recipes.ts), so none needs another spec to have run first.
import { expect, type Page } from "@playwright/test";
import { login } from "./support";

/** Signs in as `username`, opens `start` and follows the link `link` to the page whose heading is `heading`. */
export async function openFrom(page: Page, username: string, start: string, link: string, heading: string) {
  await login(page, username);
  await page.goto(start);
  await page.getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}
