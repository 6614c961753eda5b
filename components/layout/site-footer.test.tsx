import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { makeT } from "@/lib/i18n/core";
import { displayPrefClasses, readDisplayPrefs } from "./display-prefs";
import { psbRecordCode, SiteFooter } from "./site-footer";

const t = makeT(zhCN);
const off = { largeText: false, highContrast: false };

describe("SiteFooter (政府网站发展指引 footer)", () => {
  it("always carries the hotline 12345 and links the site map, privacy statement and accessibility page", () => {
    const html = renderToStaticMarkup(<SiteFooter t={t} ids={{}} prefs={off} />);
    expect(html).toContain("政务服务便民热线：12345");
    for (const [href, text] of [
      ["/sitemap", "网站地图"],
      ["/privacy", "隐私声明"],
      ["/accessibility", "无障碍与适老化"],
    ]) {
      expect(html).toMatch(new RegExp(`<a[^>]*href="${href}"[^>]*>${text}</a>`));
    }
    expect(html).toContain('aria-pressed="false"');
  });

  it("shows no identifier line that is not configured (never an invented number)", () => {
    const html = renderToStaticMarkup(<SiteFooter t={t} ids={{}} prefs={off} />);
    expect(html).not.toContain("主办单位");
    expect(html).not.toContain("网站标识码");
    expect(html).not.toContain("footer-identifiers");
  });

  it("shows each configured identifier, ICP linked to the MIIT register and 公安备案号 to its record", () => {
    const html = renderToStaticMarkup(
      <SiteFooter
        t={t}
        prefs={off}
        ids={{ organizer: "上海市金山区人民政府办公室", idCode: "3101160001", icp: "沪ICP备12345678号-1", psb: "沪公网安备 31011602000001号" }}
      />,
    );
    expect(html).toContain("主办单位：上海市金山区人民政府办公室");
    expect(html).toContain("网站标识码：3101160001");
    expect(html).toMatch(/href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>沪ICP备12345678号-1</);
    expect(html).toMatch(/href="https:\/\/beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=31011602000001"[^>]*>沪公网安备 31011602000001号</);
  });

  it("only an ICP number: no empty organizer or ID-code line", () => {
    const html = renderToStaticMarkup(<SiteFooter t={t} prefs={off} ids={{ icp: "沪ICP备12345678号" }} />);
    expect(html).toContain("沪ICP备12345678号");
    expect(html).not.toContain("主办单位");
  });

  it("reads the 公安备案号's record code", () => {
    expect(psbRecordCode("沪公网安备 31011602000001号")).toBe("31011602000001");
    expect(psbRecordCode("沪公网安备")).toBeNull();
  });
});

describe("display preferences", () => {
  it("turn on only for their one known cookie value and map to the <html> classes", () => {
    const jar: Record<string, string> = { "ol-text": "large", "ol-contrast": "high" };
    expect(displayPrefClasses(readDisplayPrefs((n) => jar[n]))).toBe("text-large contrast-high");
    expect(displayPrefClasses(readDisplayPrefs((n) => ({ "ol-text": "huge" })[n]))).toBe("");
    expect(readDisplayPrefs(() => undefined)).toEqual(off);
  });
});
