import "server-only";
// Where uploaded application materials (申请材料) live. One interface, so the local-disk default can be
// swapped for S3-compatible object storage when the portal runs on several instances (DESIGN.md,
// scale-out path): keys are plain object keys, and nothing here keeps state another instance would need.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readFile, readdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";

export interface FileStorage {
  /** Stores `bytes` under `key`, replacing what was there; readers see the old or the new file, never part of one. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `key`, or null if there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9]+(?:\/[a-z0-9]+)*$/;
const MAX_KEY_LENGTH = 512;

/**
 * Throws unless `key` is a safe object key: lower-case letters, digits and "/" only, no empty segment,
 * no leading or trailing "/". That rules out "..", absolute paths, backslashes and dots, so a key can
 * never leave the storage root (and temp files, which contain a dot, never collide with a key).
 */
export function assertValidStorageKey(key: string): void {
  if (typeof key !== "string" || key.length > MAX_KEY_LENGTH || !KEY_PATTERN.test(key)) {
    throw new AppError("BAD_INPUT", "domain.files.errors.badKey");
  }
}

function isNotFound(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ENOENT";
}

/** Files under a root directory, one file per key (the key's "/" become sub-directories). */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathFor(key: string): string {
    assertValidStorageKey(key);
    const full = path.resolve(this.root, ...key.split("/"));
    // Defence in depth: the key pattern already guarantees this.
    if (!full.startsWith(this.root + path.sep)) throw new AppError("BAD_INPUT", "domain.files.errors.badKey");
    return full;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathFor(key);
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true });
    // Write a temp file in the same directory (same filesystem, so rename is atomic), flush it, then
    // rename over the target: a crash or a concurrent reader never sees a half-written file.
    const temp = path.join(dir, `.tmp-${path.basename(target)}-${randomBytes(6).toString("hex")}`);
    try {
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (err) {
      await unlink(temp).catch(() => {});
      throw err;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    const file = this.pathFor(key);
    try {
      const buf = await readFile(file);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    try {
      await unlink(file);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  /** Every file under the root, relative paths with "/" (diagnostics and tests; includes temp files). */
  async listFiles(): Promise<string[]> {
    try {
      const entries = await readdir(this.root, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile())
        .map((e) => path.relative(this.root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
        .sort();
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The content-addressed key for a material: "sha256/<first two hex digits>/<hash>". */
export function materialKeyFor(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

export type TStoredMaterial = { key: string; sha256: string; size: number };

/**
 * Stores a material's bytes under their SHA-256, so the same document uploaded twice (or by two
 * applications) is stored once; the Material row keeps `storageKey`, `sha256` and `size`.
 * Run checkUpload (./sniff.ts) on the same bytes first.
 *
 * Because one stored file may back several Material rows, never delete a material key while any
 * Material row still has that `storageKey`.
 */
export async function storeMaterial(bytes: Uint8Array, storage: FileStorage = getFileStorage()): Promise<TStoredMaterial> {
  const sha256 = sha256Hex(bytes);
  const key = materialKeyFor(sha256);
  // Rewriting identical bytes is harmless (atomic rename of the same content), and keeps the interface
  // to put/get/delete, which every object store offers.
  await storage.put(key, bytes);
  return { key, sha256, size: bytes.length };
}

let configured: FileStorage | undefined;

/**
 * The configured storage: local disk under FILE_STORAGE_DIR (relative paths resolve against the
 * working directory, the repository root when the app runs), default "<repo>/.data/files". Read on
 * first use; only configuration is cached, no data.
 */
export function getFileStorage(): FileStorage {
  configured ??= new LocalDiskStorage(path.resolve(process.cwd(), process.env.FILE_STORAGE_DIR || path.join(".data", "files")));
  return configured;
}
