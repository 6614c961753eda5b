// Shared steps of the licences-*.spec.ts journeys, which run after apply-s1.spec.ts in the same run and use
// the licences it issued; run alone, there are none and each checks its honest empty state instead.
import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoViolations, login } from "./support";

/** Signs in as `username`, opens `start` and follows the link `link` to the page whose heading is `heading`. */
export async function openFrom(page: Page, username: string, start: string, link: string, heading: string) {
  await login(page, username);
  await page.goto(start);
  await page.getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/**
 * Whether `items` is empty. If so, checks the empty state with `expectEmpty`; either way the page is
 * checked with axe. The spec stops when this answers true.
 */
export async function checkedEmpty(page: Page, items: Locator, expectEmpty: () => Promise<void>): Promise<boolean> {
  const empty = (await items.count()) === 0;
  if (empty) await expectEmpty();
  await expectNoViolations(page);
  return empty;
}
