import "server-only";
// A file sent with a form: read within the size limit, checked by its content, stored once by its SHA-256.
// Applications, corrections, supplements and verification evidence all upload through these.
import { AppError } from "@/lib/errors";
import { checkUpload } from "./sniff";
import { storeMaterial } from "./storage";

export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** A form's file, read into memory only when within the limit (server actions); the domain checks the real bytes again. */
export async function fileFromForm(formData: FormData, name: string, required: boolean): Promise<UploadedFile | null> {
  const file = formData.get(name);
  if (!(file instanceof File) || file.size === 0) {
    if (required) throw new AppError("BAD_INPUT", "domain.files.errors.chooseFile");
    return null;
  }
  if (file.size > MAX_MATERIAL_BYTES) throw new AppError("BAD_INPUT", "domain.files.errors.tooLarge", { file: file.name });
  return { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Checks a file by its content and stores it; a refused file stores nothing. Returns the Material columns. */
export async function checkAndStoreUpload(file: UploadedFile) {
  const check = checkUpload({ fileName: file.name, declaredType: file.type, bytes: file.bytes, maxBytes: MAX_MATERIAL_BYTES });
  if (!check.ok) throw new AppError("BAD_INPUT", check.key, check.params);
  const stored = await storeMaterial(file.bytes);
  return {
    origin: "UPLOADED" as const,
    fileName: check.fileName,
    contentType: check.contentType,
    size: stored.size,
    sha256: stored.sha256,
    storageKey: stored.key,
  };
}
