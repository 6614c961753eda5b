// What a person sees of a PDF, for tests: the glyph outlines of the embedded font behind every drawn
// character, and page 1 rendered by poppler (pdftoppm, as a viewer would) with the ink inside each
// character's cell. A test that only reads the text layer passes on a PDF whose glyphs render blank (the
// @pdf-lib/fontkit subsetting bug); these do not.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { create as openFont, type Font } from "fontkit";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, type PDFRawStream, type PDFRef } from "pdf-lib";
import { getDocumentProxy } from "unpdf";

/** Each embedded font program with its ToUnicode map (character → glyph id in that program). */
export async function embeddedFonts(bytes: Uint8Array): Promise<{ font: Font; glyphOf: Map<string, number> }[]> {
  const doc = await PDFDocument.load(bytes);
  const ctx = doc.context;
  const out: { font: Font; glyphOf: Map<string, number> }[] = [];
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("Subtype"))?.toString() !== "/Type0") continue;
    const toUnicode = ctx.lookup(obj.get(PDFName.of("ToUnicode")) as PDFRef) as PDFRawStream;
    const descendant = ctx.lookup((ctx.lookup(obj.get(PDFName.of("DescendantFonts"))) as unknown as { get(i: number): PDFRef }).get(0)) as PDFDict;
    const descriptor = ctx.lookup(descendant.get(PDFName.of("FontDescriptor")) as PDFRef) as PDFDict;
    const file = ctx.lookup((descriptor.get(PDFName.of("FontFile2")) ?? descriptor.get(PDFName.of("FontFile3"))) as PDFRef) as PDFRawStream;
    const program = decodePDFRawStream(file).decode();
    const opened = openFont(Buffer.from(program));
    if ("fonts" in opened) throw new Error("unexpected font collection");
    const cmap = Buffer.from(decodePDFRawStream(toUnicode).decode()).toString("latin1");
    const glyphOf = new Map<string, number>();
    for (const m of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
      const units = (m[2] ?? "").match(/.{4}/g)!.map((h) => parseInt(h, 16));
      glyphOf.set(String.fromCharCode(...units), parseInt(m[1] ?? "0", 16));
    }
    out.push({ font: opened, glyphOf });
  }
  return out;
}

/** The drawn characters whose glyph in the embedded font has no outline (would render blank). */
export async function blankGlyphs(bytes: Uint8Array, text: string): Promise<string[]> {
  const fonts = await embeddedFonts(bytes);
  const blank: string[] = [];
  for (const ch of new Set(Array.from(text.replace(/\s|　/g, "")))) {
    const owner = fonts.find((f) => f.glyphOf.has(ch));
    if (!owner) {
      blank.push(ch);
      continue;
    }
    const glyph = owner.font.getGlyph(owner.glyphOf.get(ch)!);
    const { minX, minY, maxX, maxY } = glyph.bbox;
    const fb = owner.font.bbox;
    const sane =
      [minX, minY, maxX, maxY].every(Number.isFinite) && maxX > minX && maxY > minY && minX >= fb.minX && maxX <= fb.maxX && minY >= fb.minY && maxY <= fb.maxY;
    if (glyph.path.commands.length === 0 || !sane) blank.push(ch);
  }
  return blank;
}

interface Gray {
  width: number;
  height: number;
  px: Uint8Array;
}

/** Page 1 rendered by poppler at `dpi`, 8-bit gray. */
export function renderPage1(bytes: Uint8Array, dpi: number): Gray {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-look-"));
  try {
    writeFileSync(path.join(dir, "in.pdf"), bytes);
    execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", String(dpi), "-gray", "-singlefile", path.join(dir, "in.pdf"), path.join(dir, "out")]);
    const pgm = readFileSync(path.join(dir, "out.pgm"));
    // Binary PGM: "P5", width, height, maxval, one whitespace, then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"))!;
    return { width: Number(header[1]), height: Number(header[2]), px: new Uint8Array(pgm.subarray(header[0].length)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Dark pixels (< 128) in a rectangle of the rendering. */
function ink(img: Gray, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, Math.ceil(x1)); x++) if (img.px[y * img.width + x]! < 128) n++;
  }
  return n;
}

const CJK = /^[\u3400-\u9fff\uff01-\uff5e\u3001-\u3011]+$/u;

/**
 * Each text run of page 1 (where the text layer says it is) with the characters whose cell holds no ink in
 * poppler's rendering. A run of CJK characters is checked per character (each is one em wide); any other run
 * as a whole.
 */
export async function inkPerCharacter(bytes: Uint8Array, dpi = 144): Promise<{ text: string; blank: string[] }[]> {
  const img = renderPage1(bytes, dpi);
  const proxy = await getDocumentProxy(new Uint8Array(bytes));
  const page = await proxy.getPage(1);
  const { height: pageHeight } = page.getViewport({ scale: 1 });
  const { items } = await page.getTextContent();
  const k = dpi / 72;
  const out: { text: string; blank: string[] }[] = [];
  for (const item of items as { str: string; transform: number[]; width: number; height: number }[]) {
    if (!item.str.trim()) continue;
    const size = item.height || Math.abs(item.transform[3] ?? 0);
    const x = (item.transform[4] ?? 0) * k;
    const baseline = (pageHeight - (item.transform[5] ?? 0)) * k;
    // The em box of a CJK glyph: from about 0.88 em above the baseline to 0.12 em below.
    const top = baseline - size * 0.9 * k;
    const bottom = baseline + size * 0.15 * k;
    const chars = Array.from(item.str);
    const blank: string[] = [];
    if (CJK.test(item.str)) {
      chars.forEach((ch, i) => {
        if (ch === "　") return;
        if (ink(img, x + i * size * k, top, x + (i + 1) * size * k, bottom) < 2) blank.push(ch);
      });
    } else if (ink(img, x, top, x + item.width * k, bottom) < chars.length) {
      blank.push(item.str);
    }
    out.push({ text: item.str, blank });
  }
  return out;
}
