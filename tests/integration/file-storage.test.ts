// Local-disk storage of application materials, on a real filesystem (a temp directory per test).
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { getFileStorage, LocalDiskStorage, materialKeyFor, storeMaterial } from "@/lib/files/storage";

const bytesOf = (s: string) => new TextEncoder().encode(s);
const PDF = bytesOf("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

let root: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "onelicence-files-"));
  storage = new LocalDiskStorage(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("LocalDiskStorage", () => {
  it("puts, gets, overwrites and deletes", async () => {
    await storage.put("a/b/c1", bytesOf("one"));
    expect(new TextDecoder().decode((await storage.get("a/b/c1"))!)).toBe("one");
    await storage.put("a/b/c1", bytesOf("two"));
    expect(new TextDecoder().decode((await storage.get("a/b/c1"))!)).toBe("two");
    await storage.delete("a/b/c1");
    expect(await storage.get("a/b/c1")).toBeNull();
    await expect(storage.delete("a/b/c1")).resolves.toBeUndefined(); // deleting twice is fine
  });

  it("answers null for a key that was never stored", async () => {
    expect(await storage.get("sha256/00/missing")).toBeNull();
    expect(await new LocalDiskStorage(path.join(root, "not-created")).get("x")).toBeNull();
  });

  it("stores binary content byte for byte", async () => {
    const all = new Uint8Array(256).map((_, i) => i);
    await storage.put("bin", all);
    expect(Array.from((await storage.get("bin"))!)).toEqual(Array.from(all));
  });

  it.each(["../escape", "a/../../escape", "/etc/passwd", "a//b", "a/", "", "a/./b", "a\\b", "..", "A/B", "file.pdf", "a b", "a/b\u0000", "x".repeat(513)])(
    "refuses the unsafe key %j for put, get and delete",
    async (key) => {
      for (const op of [() => storage.put(key, PDF), () => storage.get(key), () => storage.delete(key)]) {
        const err = await op().then(
          () => null,
          (e: unknown) => e,
        );
        expect(isAppError(err) && err.code).toBe("BAD_INPUT");
      }
      expect(await storage.listFiles()).toEqual([]);
      expect(await readdir(path.dirname(root))).not.toContain("escape");
    },
  );

  it("leaves no temp files behind, also when many writes race on one key", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => storage.put("race/key", bytesOf(`version ${i}`))));
    expect(await storage.listFiles()).toEqual(["race/key"]);
    expect(new TextDecoder().decode((await storage.get("race/key"))!)).toMatch(/^version \d+$/);
  });

  it("cleans up the temp file when the rename fails", async () => {
    // A directory where the file should go makes the final rename fail after the temp file is written.
    await storage.put("blocked/inner", bytesOf("x"));
    await expect(storage.put("blocked", bytesOf("y"))).rejects.toThrow();
    expect(await storage.listFiles()).toEqual(["blocked/inner"]);
  });
});

describe("storeMaterial (content-addressed)", () => {
  it("keys a material by its SHA-256 and returns hash and size", async () => {
    const sha = createHash("sha256").update(PDF).digest("hex");
    const stored = await storeMaterial(PDF, storage);
    expect(stored).toEqual({ key: `sha256/${sha.slice(0, 2)}/${sha}`, sha256: sha, size: PDF.length });
    expect(materialKeyFor(sha)).toBe(stored.key);
    expect(Array.from((await storage.get(stored.key))!)).toEqual(Array.from(PDF));
  });

  it("stores the same document uploaded twice once, and different documents separately", async () => {
    const first = await storeMaterial(PDF, storage);
    const again = await storeMaterial(Uint8Array.from(PDF), storage);
    expect(again).toEqual(first);
    expect(await storage.listFiles()).toEqual([first.key]);
    const other = await storeMaterial(bytesOf("%PDF-1.7\nanother document"), storage);
    expect(other.key).not.toBe(first.key);
    expect((await storage.listFiles()).sort()).toEqual([first.key, other.key].sort());
  });
});

describe("getFileStorage", () => {
  it("uses FILE_STORAGE_DIR, and returns the same instance on every call", async () => {
    const before = process.env.FILE_STORAGE_DIR;
    process.env.FILE_STORAGE_DIR = root;
    try {
      const configured = getFileStorage();
      expect(getFileStorage()).toBe(configured);
      expect(configured).toBeInstanceOf(LocalDiskStorage);
      expect((configured as LocalDiskStorage).root).toBe(path.resolve(root));
      const stored = await storeMaterial(PDF); // default storage
      expect(await storage.get(stored.key)).not.toBeNull();
      await writeFile(path.join(root, "marker"), "");
      expect(await configured.get("marker")).not.toBeNull();
    } finally {
      if (before === undefined) delete process.env.FILE_STORAGE_DIR;
      else process.env.FILE_STORAGE_DIR = before;
    }
  });
});
