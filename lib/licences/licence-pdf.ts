// The printable electronic licence (电子证照, 金山方案: issued together with the paper one): one A4 page
// with the licence's facts, its status when it is no longer plainly valid, and a QR code of its public
// verification page (一码展示, 珠海方案 001 二(二)4) so that whoever holds the print can check it.
// Each kind prints its own facts: a 营业执照 the registered ones (《市场主体登记管理条例》第二十一条: 名称、
// 统一社会信用代码、类型、法定代表人、注册资本、成立日期、住所、经营范围, 登记机关 and date); a permit or a
// filing receipt its holder, code, licensed items, premises, validity, issuing department and number.
// Pure but for reading the font file (once per process): takes a LicenceView and the absolute URL.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { shanghaiDay } from "@/lib/calendar/dates";
import type { TFunction } from "@/lib/i18n/core";
import type { LicenceView } from "./licence-view";
import { pdfFontkit } from "./pdf-fontkit";
import { yuanToWan } from "@/lib/forms/capital";

const FONT_PATH = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");
let fontBytes: Promise<Uint8Array> | undefined;
/** The CJK font, read once per process (10 MB on disk; the PDF embeds only the glyphs it uses). */
function loadFont(): Promise<Uint8Array> {
  fontBytes ??= readFile(FONT_PATH).then((b) => new Uint8Array(b));
  fontBytes.catch(() => (fontBytes = undefined));
  return fontBytes;
}

const A4: [number, number] = [595.28, 841.89];
const INK = rgb(0.1, 0.1, 0.12);
const RED = rgb(0.65, 0.05, 0.05);
const MUTED = rgb(0.35, 0.35, 0.4);

/** Splits text into lines no wider than `width`, breaking anywhere (CJK has no spaces to break at). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of Array.from(text)) {
    if (line && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = ch.trim() ? ch : "";
    } else line += ch;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const cell = size / modules.size;
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (modules.get(r, c)) page.drawRectangle({ x: x + c * cell, y: y + size - (r + 1) * cell, width: cell, height: cell, color: INK });
    }
  }
}

/** The facts a licence of this kind prints, label → value, in the order the document prints them. */
export function licenceRows(l: LicenceView, t: TFunction): [string, string][] {
  const validity = l.validUntil ? t("wallet.validityRange", { from: l.validFrom, until: l.validUntil }) : t("wallet.validityOpen", { from: l.validFrom });
  if (l.kind === "BUSINESS") {
    const r = l.registration;
    const capital = yuanToWan(r?.registeredCapital ?? null);
    return [
      [t("wallet.pdf.uscc"), l.uscc],
      [t("wallet.pdf.holder"), l.holderName],
      ...(r
        ? ([
            [t("wallet.pdf.entityType"), r.entityType],
            [t("wallet.pdf.legalRep"), r.legalRep],
            [t("wallet.pdf.registeredCapital"), capital ? t("wallet.pdf.capitalValue", { wan: capital }) : t("wallet.pdf.none")],
            [t("wallet.pdf.establishedOn"), r.establishedOn],
          ] as [string, string][])
        : []),
      [t("wallet.pdf.domicile"), l.address],
      ...(r ? ([[t("wallet.pdf.businessScope"), r.businessScope || t("wallet.pdf.none")]] as [string, string][]) : []),
      [t("wallet.pdf.registrationAuthority"), l.issuer],
      [t("wallet.pdf.registeredOn"), shanghaiDay(l.issuedAt)],
    ];
  }
  const filing = l.kind === "FILING_RECEIPT";
  return [
    [t(filing ? "wallet.pdf.filer" : "wallet.pdf.licensee"), l.holderName],
    [t("wallet.pdf.uscc"), l.uscc],
    [t(filing ? "wallet.pdf.filedItems" : "wallet.pdf.items"), l.items.join("；")],
    [t("wallet.pdf.premises"), l.address],
    ...(filing && !l.validUntil ? [] : ([[t("wallet.pdf.validity"), validity]] as [string, string][])),
    [t(filing ? "wallet.pdf.filingDept" : "wallet.pdf.issuer"), l.issuer],
    [t(filing ? "wallet.pdf.filedOn" : "wallet.pdf.issuedAt"), shanghaiDay(l.issuedAt)],
  ];
}

/** The largest size (≤ max, ≥ min) at which the text fits the width on one line. */
function fitSize(text: string, font: PDFFont, max: number, min: number, width: number): number {
  let size = max;
  while (size > min && font.widthOfTextAtSize(text, size) > width) size -= 1;
  return size;
}

export async function buildLicencePdf(opts: { licence: LicenceView; verifyUrl: string; t: TFunction }): Promise<Uint8Array> {
  const { licence: l, verifyUrl, t } = opts;
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit as unknown as Parameters<PDFDocument["registerFontkit"]>[0]);
  const font = await doc.embedFont(await loadFont(), { subset: true });
  const title = l.title;
  doc.setTitle(`${title} ${l.number}`);
  doc.setSubject(l.holderName);
  doc.setCreator("一照通行 OneLicence");
  doc.setProducer("一照通行 OneLicence");
  doc.setCreationDate(l.issuedAt);
  doc.setModificationDate(l.issuedAt);

  const page = doc.addPage(A4);
  const [W, H] = A4;
  const margin = 48;
  // A licence's frame: a thick outer and a thin inner border.
  page.drawRectangle({ x: margin - 14, y: margin - 14, width: W - 2 * (margin - 14), height: H - 2 * (margin - 14), borderColor: RED, borderWidth: 3 });
  page.drawRectangle({ x: margin - 8, y: margin - 8, width: W - 2 * (margin - 8), height: H - 2 * (margin - 8), borderColor: RED, borderWidth: 0.8 });

  const centered = (text: string, y: number, size: number, color = INK) =>
    page.drawText(text, { x: (W - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
  // A long title (公众聚集场所投入使用、营业前消防安全检查合格证) shrinks to fit, then wraps.
  const titleWidth = W - 2 * margin - 40;
  const titleSize = fitSize(title, font, 36, 22, titleWidth);
  let ty = H - 130;
  for (const line of wrap(title, font, titleSize, titleWidth)) {
    centered(line, ty, titleSize);
    ty -= titleSize * 1.25;
  }
  centered(t("wallet.pdf.electronic"), ty - 4, 13, MUTED);
  const numberLine = `${t("wallet.pdf.number")}：${l.number}`;
  page.drawText(numberLine, { x: W - margin - font.widthOfTextAtSize(numberLine, 10) - 8, y: H - margin - 20, size: 10, font, color: INK });

  // The facts, in a size at which they all fit above the QR block (a long 经营范围 makes it smaller).
  const rows = licenceRows(l, t);
  const labelWidth = 130;
  const x = margin + 30;
  const valueWidth = W - x - labelWidth - margin - 20;
  const top = ty - 50;
  const bottom = margin + 40 + 120 + 60;
  const heightAt = (size: number) => rows.reduce((h, [, value]) => h + wrap(value, font, size, valueWidth).length * size * 1.6 + 10, 0);
  let size = 13;
  while (size > 8 && heightAt(size) > top - bottom) size -= 0.5;
  let y = top;
  for (const [label, value] of rows) {
    page.drawText(label, { x, y, size, font, color: MUTED });
    for (const line of wrap(value, font, size, valueWidth)) {
      page.drawText(line, { x: x + labelWidth, y, size, font, color: INK });
      y -= size * 1.6;
    }
    y -= 10;
  }
  // A licence no longer plainly valid says so on its face: a print must not pass for a valid one.
  if (l.status !== "VALID") {
    const text = `${t("wallet.pdf.status")}：${t(`licenceStatus.${l.status}`)}${l.statusReason ? `（${l.statusReason}）` : ""}`;
    for (const line of wrap(text, font, 16, W - 2 * x)) {
      page.drawText(line, { x, y, size: 16, font, color: RED });
      y -= 24;
    }
  }

  // The QR code of the public verification page, and the same address in words.
  const qr = 120;
  const qrY = margin + 40;
  drawQr(page, verifyUrl, W - margin - 20 - qr, qrY, qr);
  const noteWidth = W - 2 * margin - qr - 60;
  let ny = qrY + qr - 12;
  for (const line of wrap(t("wallet.pdf.verifyNote"), font, 10, noteWidth)) {
    page.drawText(line, { x: margin + 20, y: ny, size: 10, font, color: INK });
    ny -= 15;
  }
  for (const line of wrap(verifyUrl, font, 9, noteWidth)) {
    page.drawText(line, { x: margin + 20, y: ny - 4, size: 9, font, color: MUTED });
    ny -= 13;
  }
  const dayLine = `${l.issuer}　${shanghaiDay(l.issuedAt)}`;
  page.drawText(dayLine, { x: W - margin - 20 - font.widthOfTextAtSize(dayLine, 12), y: qrY + qr + 30, size: 12, font, color: INK });

  return doc.save();
}
