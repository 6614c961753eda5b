import { expect, test } from "@playwright/test";

// Issue 15 part 7: the top-level public/ folder serves a favicon (linked from every page) and a robots.txt
// that lets search engines index the public pages and keeps them out of shared links, workspaces, forms,
// messages and the API. Without public/ both answer 404.

/** RFC 9309: the longest matching Allow/Disallow rule of the `*` group decides; no rule = allowed. */
function isAllowed(robots: string, urlPath: string): boolean {
  let best: { length: number; allow: boolean } = { length: -1, allow: true };
  let inStar = false;
  for (const raw of robots.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    const m = line.match(/^([A-Za-z-]+)\s*:\s*(.*)$/);
    if (!m) continue;
    const [, key, value] = m;
    const field = key!.toLowerCase();
    if (field === "user-agent") inStar = value === "*";
    else if (inStar && (field === "allow" || field === "disallow") && value && urlPath.startsWith(value)) {
      const allow = field === "allow";
      if (value.length > best.length || (value.length === best.length && allow)) best = { length: value.length, allow };
    }
  }
  return best.allow;
}

test("robots.txt lets the public pages be indexed and keeps private areas out", async ({ request }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/plain");
  const robots = await res.text();
  for (const p of [
    "/",
    "/matters",
    "/matters/FOOD_OPERATION",
    "/guide",
    "/scope",
    "/public/inspections",
    "/public/ratings",
    "/verify",
    "/verify/91310116MA1ABC34D",
    "/sitemap",
    "/privacy",
    "/accessibility",
    "/login",
  ]) {
    expect(isAllowed(robots, p), `${p} should be indexable`).toBe(true);
  }
  for (const p of [
    "/share/abc123",
    "/my",
    "/my/wallet",
    "/apply",
    "/apply/xyz",
    "/desk",
    "/desk/applications/1",
    "/dept",
    "/dept/tasks/1",
    "/regulator",
    "/regulator/enterprises",
    "/admin",
    "/admin/guidance",
    "/inbox",
    "/workspace",
    "/api/v1/matters",
    "/api/auth/csrf",
  ]) {
    expect(isAllowed(robots, p), `${p} should not be indexed`).toBe(false);
  }
});

test("the favicon is served and every page links it", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  const bytes = await ico.body();
  // ICONDIR: reserved 0, type 1 (icon), at least one image.
  expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([0, 0, 1, 0]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);
  const svg = await request.get("/favicon.svg");
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");

  await page.goto("/matters");
  await expect(page.locator('link[rel="icon"][href^="/favicon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
});
