// The printable electronic licence (电子证照, 金山方案: issued together with the paper one): one A4 page
// with the licence's facts, its status when it is no longer plainly valid, and a QR code of its public
// verification page (一码展示, 珠海方案 001 二(二)4) so that whoever holds the print can check it.
// Pure but for reading the font file (once per process): takes a LicenceView and the absolute URL.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import QRCode from "qrcode";
import { shanghaiDay } from "@/lib/calendar/dates";
import type { TFunction } from "@/lib/i18n/core";
import type { LicenceView } from "./licence-view";

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

export async function buildLicencePdf(opts: { licence: LicenceView; verifyUrl: string; t: TFunction }): Promise<Uint8Array> {
  const { licence: l, verifyUrl, t } = opts;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await loadFont(), { subset: true });
  const title = t(`licenceKind.${l.kind}`);
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
  centered(title, H - 130, 36);
  centered(t("wallet.pdf.electronic"), H - 160, 13, MUTED);
  const numberLine = `${t("wallet.pdf.number")}：${l.number}`;
  page.drawText(numberLine, { x: W - margin - font.widthOfTextAtSize(numberLine, 10) - 8, y: H - margin - 20, size: 10, font, color: INK });

  const rows: [string, string][] = [
    [t("wallet.pdf.holder"), l.holderName],
    [t("wallet.pdf.uscc"), l.uscc],
    ...(l.matter ? ([[t("wallet.pdf.matter"), l.matter]] as [string, string][]) : []),
    ...(l.items.length ? ([[t("wallet.pdf.items"), l.items.join("；")]] as [string, string][]) : []),
    [t("wallet.pdf.address"), l.address],
    [t("wallet.pdf.validity"), l.validUntil ? t("wallet.validityRange", { from: l.validFrom, until: l.validUntil }) : t("wallet.validityOpen", { from: l.validFrom })],
    [t("wallet.pdf.issuer"), l.issuer],
    [t("wallet.pdf.issuedAt"), shanghaiDay(l.issuedAt)],
  ];
  const size = 13;
  const labelWidth = 150;
  const x = margin + 30;
  const valueWidth = W - x - labelWidth - margin - 20;
  let y = H - 230;
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
