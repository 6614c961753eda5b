// Checks an uploaded application material (申请材料) before it is stored. Pure and browser-safe: the
// browser form runs the same checks before uploading, and the server runs them again on the real bytes
// (the browser's answer is never trusted). Hashing is not done here: storeMaterial in ./storage.ts
// computes the SHA-256 of the bytes it stores.

export const ACCEPTED_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type TAcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

/** For `<input type="file" accept=…>`: a hint to the file picker only, not a check. */
export const FILE_INPUT_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/** Longest display name kept, in characters (code points), extension included. */
export const MAX_FILE_NAME_LENGTH = 200;

const MAGIC: ReadonlyArray<{ type: TAcceptedContentType; bytes: readonly number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] }, // SOI marker + start of the next marker
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

const TYPE_LABEL: Record<TAcceptedContentType, string> = {
  "application/pdf": "PDF 文件",
  "image/jpeg": "JPG 图片",
  "image/png": "PNG 图片",
};

const CANONICAL_EXTENSION: Record<TAcceptedContentType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};

/** Extensions that name one of the accepted types; a file carrying one must have that content. */
const EXTENSION_TYPE: Record<string, TAcceptedContentType> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** MIME types browsers and clients send for the accepted types, including old aliases. */
const DECLARED_TYPE_ALIASES: Record<string, TAcceptedContentType> = {
  "application/pdf": "application/pdf",
  "application/x-pdf": "application/pdf",
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/png": "image/png",
  "image/x-png": "image/png",
};

/**
 * The real type of a file, from its first bytes (magic numbers), or null if it is none of PDF, JPEG
 * and PNG. The PDF signature must be at offset 0 (stricter than some readers, which tolerate leading
 * junk; scanners and office software write it at the start).
 */
export function sniffFileType(bytes: Uint8Array): TAcceptedContentType | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.type;
  }
  return null;
}

/** "7.2 MB", "5 MB", "512 KB", "900 B" (binary units, at most one decimal). */
export function formatFileSize(bytes: number, round: "nearest" | "up" = "nearest"): string {
  const units: Array<[string, number]> = [
    ["MB", 1024 * 1024],
    ["KB", 1024],
  ];
  for (const [unit, factor] of units) {
    if (bytes >= factor) {
      const tenths = (bytes / factor) * 10;
      const value = (round === "up" ? Math.ceil(tenths) : Math.round(tenths)) / 10;
      return `${value} ${unit}`;
    }
  }
  return `${bytes} B`;
}

// C0 controls, DEL, C1 controls; and the bidirectional overrides/isolates that make "发票\u202Efdp.exe"
// display as "发票exe.pdf" (the classic disguised-extension trick).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A safe display name for an uploaded file, or null if nothing usable is left.
 *
 * We normalise rather than refuse: the name is only ever displayed and offered as a download name
 * (storage keys are content hashes, never derived from it), and refusing "C:\fakepath\营业执照.pdf"
 * (what some browsers send) would only confuse the applicant. Rules:
 * - only the part after the last "/" or "\" is kept;
 * - control characters and bidi override characters are removed; Unicode is NFC-normalised;
 *   runs of whitespace become one space;
 * - leading dots and spaces, and trailing dots and spaces (Windows drops them), are removed;
 * - names over 200 characters are shortened in the middle of the base name, keeping the extension.
 */
export function toSafeFileName(raw: string): string | null {
  const lastSegment = raw.split(/[/\\]/).pop() ?? "";
  let name = lastSegment
    .normalize("NFC")
    .replace(UNSAFE_CHARS, "")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  const chars = Array.from(name); // code points, so a surrogate pair is never cut in half
  if (chars.length > MAX_FILE_NAME_LENGTH) {
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
    const keepExt = ext.length <= 16 ? ext : []; // a "extension" that long is part of the name
    const base = chars.slice(0, MAX_FILE_NAME_LENGTH - keepExt.length - 1);
    name = `${base.join("").trimEnd()}…${keepExt.join("")}`;
  }
  return name === "" ? null : name;
}

/** The extension after the last dot, lower-cased, or "" when there is none. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

function normaliseDeclaredType(declaredType: string): TAcceptedContentType | null {
  const mime = declaredType.split(";")[0]?.trim().toLowerCase() ?? "";
  return DECLARED_TYPE_ALIASES[mime] ?? null;
}

/**
 * A refusal carries its catalog key (domain.files.errors.upload.*) with parameters, translated where it reaches a
 * person; `message` is the same words in Chinese, kept while components/ui/upload-field.tsx still shows it as is.
 */
export type TUploadCheck =
  | { ok: true; fileName: string; contentType: TAcceptedContentType; size: number }
  | { ok: false; key: UploadRefusalKey; params: Record<string, string>; message: string };

const K = "domain.files.errors.upload";
type Kind = "pdf" | "jpg" | "png";
export type UploadRefusalKey =
  | `${typeof K}.${"badName" | "empty" | "tooLarge" | "notAccepted"}`
  | `${typeof K}.extMismatch.${Kind}`
  | `${typeof K}.typeMismatch.${Kind}.${Kind}`;

const KIND: Record<TAcceptedContentType, Kind> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

export type TCheckUploadInput = {
  /** The name the client sent; normalised with toSafeFileName (the result's `fileName`). */
  fileName: string;
  /** The type the client sent (File.type); advisory only, the content decides. "" is fine. */
  declaredType: string;
  /** The file's bytes. In the browser it may be only the first bytes (≥ 8), with `size` given. */
  bytes: Uint8Array;
  /**
   * The whole file's size, only when `bytes` is a head slice (browser pre-check). Server callers omit
   * it, so the size checked is the size actually received.
   */
  size?: number;
  maxBytes: number;
};

/**
 * Whether an upload may be stored as an application material. Refuses, with a message naming the file
 * and what to do: an empty file, one over `maxBytes`, content that is not PDF/JPEG/PNG, and content that
 * disagrees with the file's extension (.pdf/.jpg/.jpeg/.png) or with a declared PDF/JPEG/PNG type — such
 * a file has been renamed or altered, so we ask for the original. A name with no extension, or an
 * extension outside those four ("扫描件.2024"), is accepted on its content and gets the right extension
 * appended to its display name.
 */
export function checkUpload(input: TCheckUploadInput): TUploadCheck {
  const safeName = toSafeFileName(input.fileName);
  if (safeName === null) {
    return { ok: false, key: `${K}.badName`, params: {}, message: "文件名为空或只含无效字符，请重命名文件后再上传" };
  }
  const q = `文件“${safeName}”`;
  const size = input.size ?? input.bytes.length;
  if (size === 0) {
    return { ok: false, key: `${K}.empty`, params: { file: safeName }, message: `${q}是空文件（0 字节），请检查后重新选择文件上传` };
  }
  if (size > input.maxBytes) {
    const params = { file: safeName, size: formatFileSize(size, "up"), limit: formatFileSize(input.maxBytes) };
    return {
      ok: false,
      key: `${K}.tooLarge`,
      params,
      message: `${q}为 ${params.size}，超过 ${params.limit} 上限，请压缩或拆分后上传`,
    };
  }
  const contentType = sniffFileType(input.bytes);
  if (contentType === null) {
    return {
      ok: false,
      key: `${K}.notAccepted`,
      params: { file: safeName },
      message: `${q}的内容不是 PDF、JPG 或 PNG（可能是改了扩展名的其他文件），请上传原始文件`,
    };
  }
  const actual = TYPE_LABEL[contentType];
  const ext = extensionOf(safeName);
  const extType = EXTENSION_TYPE[ext];
  if (extType !== undefined && extType !== contentType) {
    return {
      ok: false,
      key: `${K}.extMismatch.${KIND[contentType]}`,
      params: { file: safeName, ext },
      message: `${q}的扩展名是 .${ext}，但实际内容是${actual}。扩展名与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件`,
    };
  }
  const declared = normaliseDeclaredType(input.declaredType);
  if (declared !== null && declared !== contentType) {
    return {
      ok: false,
      key: `${K}.typeMismatch.${KIND[declared]}.${KIND[contentType]}`,
      params: { file: safeName },
      message: `${q}声明的类型是${TYPE_LABEL[declared]}，但实际内容是${actual}。类型与内容不符的文件可能被改动过，为安全起见不予接收，请上传原始文件`,
    };
  }
  const fileName = extType === undefined ? appendExtension(safeName, CANONICAL_EXTENSION[contentType]) : safeName;
  return { ok: true, fileName, contentType, size };
}

function appendExtension(name: string, ext: string): string {
  const suffix = `.${ext}`;
  const chars = Array.from(name);
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  return (chars.length > room ? `${chars.slice(0, room - 1).join("")}…` : name) + suffix;
}
