// The printable licence: its text layer carries the holder's Chinese name, the number and the status
// (extracted with unpdf, as a screen reader or a search would), and the embedded font is subset.
import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { makeT } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import type { LicenceView } from "./licence-view";
import { buildLicencePdf } from "./licence-pdf";

const t = makeT(zhCN);
const view: LicenceView = {
  id: "lic1",
  number: "XK20261123-ABC123",
  kind: "PERMIT",
  status: "VALID",
  statusReason: null,
  holderName: "上海金山晨光便利店有限公司",
  uscc: "91310116MA7FM3KC1X",
  address: "上海市金山区卫零路388号1层",
  matter: "食品经营许可",
  items: ["食品经营许可"],
  validFrom: "2026-11-23",
  validUntil: "2031-11-22",
  issuer: "金山区市场监督管理局",
  issuedAt: new Date("2026-11-23T02:00:00Z"),
  version: 1,
  signature: "valid",
  genuineAndValid: true,
};
const url = "http://localhost:3000/verify/licence/XK20261123-ABC123";

async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, "");
}

describe("buildLicencePdf", () => {
  it("is a small one-page PDF whose text holds the holder's Chinese name, the number and the title", async () => {
    const bytes = await buildLicencePdf({ licence: view, verifyUrl: url, t });
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(300 * 1024);
    const text = await textOf(bytes);
    expect(text).toContain("上海金山晨光便利店有限公司");
    expect(text).toContain("XK20261123-ABC123");
    expect(text).toContain("许可证");
    expect(text).toContain("金山区市场监督管理局");
    expect(text).toContain("2026-11-23至2031-11-22");
    expect(text).not.toContain("状态：有效");
    expect(text).not.toContain("状态：已");
  }, 30_000);

  it("says on its face when the licence is no longer valid", async () => {
    const bytes = await buildLicencePdf({ licence: { ...view, kind: "BUSINESS", status: "REVOKED", statusReason: "以欺骗手段取得许可", genuineAndValid: false }, verifyUrl: url, t });
    const text = await textOf(bytes);
    expect(text).toContain("营业执照");
    expect(text).toContain("状态：已撤销（以欺骗手段取得许可）");
  }, 30_000);
});
