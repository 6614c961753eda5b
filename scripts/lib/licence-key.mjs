// The licence signing key (Ed25519, PKCS#8 DER base64) and its key id, as environment variables. Kept in a
// file under .data/ (never committed) for the demo, so licences keep verifying across restarts; generated
// fresh when no file is given (tests). Production sets LICENCE_SIGNING_KEY and LICENCE_KEY_ID itself.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

function newKey() {
  const { privateKey } = generateKeyPairSync("ed25519");
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, "");
  return {
    LICENCE_KEY_ID: `k${day}-${randomBytes(3).toString("hex")}`,
    LICENCE_SIGNING_KEY: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
  };
}

export async function licenceKeyEnv(file) {
  if (process.env.LICENCE_SIGNING_KEY && process.env.LICENCE_KEY_ID) {
    return { LICENCE_KEY_ID: process.env.LICENCE_KEY_ID, LICENCE_SIGNING_KEY: process.env.LICENCE_SIGNING_KEY };
  }
  if (!file) return newKey();
  if (existsSync(file)) return JSON.parse(await fs.readFile(file, "utf8"));
  const key = newKey();
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}
