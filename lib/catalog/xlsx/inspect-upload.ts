// Checks an uploaded file is an .xlsx workbook BEFORE a spreadsheet library parses it: by its bytes, not its
// name. An .xlsx is a ZIP archive holding xl/workbook.xml; the ZIP's central directory also tells how big
// the content is once unpacked, so a small "zip bomb" is refused without unpacking anything.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;
const MAX_ENTRIES = 2000;

import type { MessageKey } from "@/lib/i18n/core";

const E = "domain.catalog.errors.import";

/** A refusal as a catalog key (domain.catalog.errors.import.*) with its parameters. */
export type UploadVerdict = { ok: true } | { ok: false; key: Extract<MessageKey, `${typeof E}.${string}`>; params?: Record<string, number> };

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .xls / .doc

const startsWith = (buf: Uint8Array, sig: number[]) => sig.every((b, i) => buf[i] === b);

const NOT_XLSX = { ok: false, key: `${E}.notXlsx` } as const;

export function inspectUpload(buf: Uint8Array): UploadVerdict {
  if (buf.length === 0) return { ok: false, key: `${E}.empty` };
  if (buf.length > MAX_UPLOAD_BYTES) {
    return { ok: false, key: `${E}.tooLarge`, params: { mb: MAX_UPLOAD_BYTES / 1024 / 1024 } };
  }
  if (startsWith(buf, OLE2)) {
    return { ok: false, key: `${E}.legacyXls` };
  }
  if (!startsWith(buf, ZIP_LOCAL)) return NOT_XLSX;
  const dir = readCentralDirectory(buf);
  if (!dir) return { ok: false, key: `${E}.corrupt` };
  if (!dir.names.includes("xl/workbook.xml")) return NOT_XLSX;
  if (dir.names.length > MAX_ENTRIES || dir.unpacked > MAX_UNPACKED_BYTES) {
    return { ok: false, key: `${E}.unpackedTooLarge` };
  }
  return { ok: true };
}

/** Entry names and total unpacked size from the ZIP end-of-central-directory record; null if malformed. */
export function readCentralDirectory(buf: Uint8Array): { names: string[]; unpacked: number } | null {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const minEocd = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= minEocd; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const total = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: no real .xlsx of a few MB needs them.
  if (total === 0xffff || offset === 0xffffffff || offset + size > buf.length) return null;
  const decoder = new TextDecoder();
  const names: string[] = [];
  let unpacked = 0;
  let pos = offset;
  for (let n = 0; n < total; n++) {
    if (pos + 46 > buf.length || view.getUint32(pos, true) !== 0x02014b50) return null;
    unpacked += view.getUint32(pos + 24, true);
    const nameLen = view.getUint16(pos + 28, true);
    const extraLen = view.getUint16(pos + 30, true);
    const commentLen = view.getUint16(pos + 32, true);
    if (pos + 46 + nameLen > buf.length) return null;
    names.push(decoder.decode(buf.subarray(pos + 46, pos + 46 + nameLen)));
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return { names, unpacked };
}
