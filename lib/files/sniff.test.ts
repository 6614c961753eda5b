import { describe, expect, it } from "vitest";
import { checkUpload, formatFileSize, MAX_FILE_NAME_LENGTH, sniffFileType, toSafeFileName } from "./sniff";
import { makeT, translate } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";
import en from "@/lib/i18n/messages/en";

const zh = makeT(zhCN);
const english = makeT(en);

const MB = 1024 * 1024;
const LIMIT = 5 * MB;

const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// Minimal but real files: a one-page PDF, a JFIF JPEG header, and a PNG signature + IHDR chunk.
const PDF = ascii(
  "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n",
);
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06,
  0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
const TEXT = ascii("营业执照复印件，见附件。\n");
const DOCX = concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(40)); // a ZIP, as .docx is

function check(fileName: string, bytes: Uint8Array, declaredType = "", maxBytes = LIMIT) {
  return checkUpload({ fileName, declaredType, bytes, maxBytes });
}

describe("sniffFileType", () => {
  it.each([
    ["PDF", PDF, "application/pdf"],
    ["JPEG", JPEG, "image/jpeg"],
    ["PNG", PNG, "image/png"],
    ["text", TEXT, null],
    ["ZIP/docx", DOCX, null],
    ["empty", new Uint8Array(0), null],
    ["PDF signature not at offset 0", concat(ascii(" "), PDF), null],
    ["truncated PNG signature", PNG.slice(0, 7), null],
    ["JPEG SOI without a following marker", new Uint8Array([0xff, 0xd8, 0x00]), null],
    ["%PDF without the dash", ascii("%PDF1.4"), null],
  ])("%s → %s", (_label, bytes, expected) => {
    expect(sniffFileType(bytes)).toBe(expected);
  });
});

describe("checkUpload accepts real PDF, JPG and PNG", () => {
  it.each([
    ["营业执照.pdf", PDF, "application/pdf", "application/pdf"],
    ["场所照片.JPG", JPEG, "image/jpeg", "image/jpeg"],
    ["场所照片.jpeg", JPEG, "image/jpg", "image/jpeg"],
    ["平面图.png", PNG, "image/png", "image/png"],
    ["平面图.png", PNG, "", "image/png"],
    ["合同.pdf", PDF, "application/octet-stream", "application/pdf"],
    ["合同.pdf", PDF, "application/pdf; charset=binary", "application/pdf"],
  ])("%s (declared %j) → %s", (fileName, bytes, declaredType, contentType) => {
    expect(check(fileName, bytes, declaredType)).toEqual({ ok: true, fileName, contentType, size: bytes.length });
  });

  it("accepts a file exactly at the limit", () => {
    const bytes = concat(PDF, new Uint8Array(LIMIT - PDF.length));
    expect(check("大文件.pdf", bytes)).toMatchObject({ ok: true, size: LIMIT });
  });
});

describe("checkUpload refuses, naming the file and what to do", () => {
  it.each([
    ["text file renamed .pdf", "营业执照.pdf", TEXT, "", "文件“营业执照.pdf”的内容不是 PDF、JPG 或 PNG（可能是改了扩展名的其他文件），请上传原始文件"],
    ["Word file renamed .pdf", "章程.pdf", DOCX, "application/pdf", "文件“章程.pdf”的内容不是 PDF、JPG 或 PNG"],
    ["text file with no extension", "说明", TEXT, "", "文件“说明”的内容不是 PDF"],
    [
      "PNG named .pdf",
      "营业执照.pdf",
      PNG,
      "application/pdf",
      "文件“营业执照.pdf”的扩展名是 .pdf，但实际内容是PNG 图片。扩展名与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件",
    ],
    ["PDF named .jpg", "照片.jpg", PDF, "image/jpeg", "的扩展名是 .jpg，但实际内容是PDF 文件"],
    ["JPEG named .PNG", "照片.PNG", JPEG, "", "的扩展名是 .png，但实际内容是JPG 图片"],
    ["declared type disagrees with content", "照片", JPEG, "application/pdf", "文件“照片”声明的类型是PDF 文件，但实际内容是JPG 图片"],
    ["empty file", "空白.pdf", new Uint8Array(0), "application/pdf", "文件“空白.pdf”是空文件（0 字节），请检查后重新选择文件上传"],
  ])("%s", (_label, fileName, bytes, declaredType, message) => {
    const r = check(fileName, bytes, declaredType);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain(message);
    // The same words from the catalog key (what the server's refusal shows), and English words beside the file's name.
    expect(translate(zh, r.key, r.params)).toBe(r.message);
    expect(translate(english, r.key, r.params).replace(fileName, "")).toMatch(/^[^\u4e00-\u9fff]+$/);
  });

  it("over the limit, with the file's size and the limit in the message (before looking at content)", () => {
    const bytes = concat(PDF, new Uint8Array(Math.round(7.2 * MB) - PDF.length));
    expect(check("x.pdf", bytes)).toEqual({
      ok: false,
      key: "domain.files.errors.upload.tooLarge",
      params: { file: "x.pdf", size: "7.2 MB", limit: "5 MB" },
      message: "文件“x.pdf”为 7.2 MB，超过 5 MB 上限，请压缩或拆分后上传",
    });
    expect(translate(zh, "domain.files.errors.upload.tooLarge", { file: "x.pdf", size: "7.2 MB", limit: "5 MB" })).toBe(
      "文件“x.pdf”为 7.2 MB，超过 5 MB 上限，请压缩或拆分后上传",
    );
    // One byte over never reads as "5 MB, over the 5 MB limit".
    const r = check("y.pdf", new Uint8Array(LIMIT + 1));
    expect(r.ok === false && r.message).toBe("文件“y.pdf”为 5.1 MB，超过 5 MB 上限，请压缩或拆分后上传");
  });

  it("a browser pre-check can pass only the head of the file with its full size", () => {
    expect(checkUpload({ fileName: "a.pdf", declaredType: "application/pdf", bytes: PDF.slice(0, 8), size: 3 * MB, maxBytes: LIMIT })).toEqual({
      ok: true,
      fileName: "a.pdf",
      contentType: "application/pdf",
      size: 3 * MB,
    });
    const r = checkUpload({ fileName: "a.pdf", declaredType: "", bytes: PDF.slice(0, 8), size: 6 * MB, maxBytes: LIMIT });
    expect(r.ok === false && r.message).toContain("为 6 MB，超过 5 MB 上限");
  });
});

describe("file names are normalised to a safe display name (not refused)", () => {
  it.each([
    ["path from old browsers", "C:\\fakepath\\营业执照.pdf", "营业执照.pdf"],
    ["unix path traversal", "../../etc/营业执照.pdf", "营业执照.pdf"],
    ["control characters", "营业\u0000执照\r\n.pdf", "营业执照.pdf"],
    ["bidi override hiding the real extension", "发票\u202Efdp.pdf", "发票fdp.pdf"],
    ["whitespace runs and trailing dots", "  营业   执照.pdf. . ", "营业 执照.pdf"],
    ["leading dots (hidden file)", "..营业执照.pdf", "营业执照.pdf"],
    ["decomposed Unicode is composed (NFC)", "cafe\u0301.pdf", "caf\u00e9.pdf"],
  ])("%s", (_label, raw, safe) => {
    expect(toSafeFileName(raw)).toBe(safe);
    expect(check(raw, PDF)).toMatchObject({ ok: true, fileName: safe });
  });

  it("shortens names over 200 characters, keeping the extension and whole characters", () => {
    const long = `${"营".repeat(150)}${"😀".repeat(100)}.pdf`;
    const safe = toSafeFileName(long)!;
    expect(Array.from(safe)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(safe.endsWith("….pdf")).toBe(true);
    expect(safe.startsWith("营".repeat(150))).toBe(true);
    expect(safe).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no lone high surrogate
    expect(check(long, PDF)).toMatchObject({ ok: true, fileName: safe });
    const noExt = toSafeFileName("a".repeat(300))!;
    expect(noExt).toBe(`${"a".repeat(199)}…`);
  });

  it("appends the real extension when the name has none or an unrelated one", () => {
    expect(check("扫描件", PDF)).toMatchObject({ ok: true, fileName: "扫描件.pdf" });
    expect(check("扫描件.2024", JPEG)).toMatchObject({ ok: true, fileName: "扫描件.2024.jpg" });
    expect(check("图.docx", PNG)).toMatchObject({ ok: true, fileName: "图.docx.png", contentType: "image/png" });
    const r = check("b".repeat(200), PNG);
    expect(r.ok && Array.from(r.fileName)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(r.ok && r.fileName.endsWith("….png")).toBe(true);
  });

  it.each([
    ["", ""],
    ["only separators", "/\\/"],
    ["only dots", "..."],
    ["only control characters", "\u0001\u0002"],
  ])("refuses a name with nothing usable left: %s", (_label, raw) => {
    expect(toSafeFileName(raw)).toBeNull();
    expect(check(raw, PDF)).toEqual({
      ok: false,
      key: "domain.files.errors.upload.badName",
      params: {},
      message: "文件名为空或只含无效字符，请重命名文件后再上传",
    });
  });
});

describe("formatFileSize", () => {
  it.each([
    [900, "nearest", "900 B"],
    [512 * 1024, "nearest", "512 KB"],
    [5 * MB, "nearest", "5 MB"],
    [7.2 * MB, "nearest", "7.2 MB"],
    [5 * MB + 1, "up", "5.1 MB"],
  ] as const)("%d (%s) → %s", (bytes, round, text) => {
    expect(formatFileSize(bytes, round)).toBe(text);
  });
});
