// The font engine pdf-lib embeds the licence's CJK font with. Not `@pdf-lib/fontkit` 1.1.1: that stale fork
// of fontkit writes TrueType subsets with a short `loca` without padding odd-length glyph records, so most
// Chinese glyphs of Noto Sans SC come out blank in poppler and Chromium while `pdftotext` still finds the
// text (pdf-lib issue #1232; ../shared/STACK-NOTES.md). Upstream `fontkit` 3 subsets correctly, but its
// subset has `encode()` (bytes) where pdf-lib calls `encodeStream()`; this adapter gives each subset one.
import { Readable } from "node:stream";
import { create, type Font, type FontCollection } from "fontkit";

function isCollection(f: Font | FontCollection): f is FontCollection {
  return "fonts" in f;
}

/** What `PDFDocument.registerFontkit` needs: `create(bytes)` returning a font whose subsets stream. */
export const pdfFontkit = {
  create(data: Uint8Array | ArrayBuffer): Font {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const opened = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (isCollection(opened)) throw new Error("pdfFontkit: a font collection (.ttc) needs a postscript name");
    const font = opened;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      Object.assign(subset, { encodeStream: () => Readable.from([Buffer.from(subset.encode())]) });
      return subset;
    };
    return font;
  },
};
