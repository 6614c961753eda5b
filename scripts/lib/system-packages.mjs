// Debian packages the tests use (never a downloaded browser): Chromium for the e2e tests and poppler's
// pdftoppm, which renders the e-licence PDF as a person's viewer would (lib/licences/licence-pdf.test.ts).
// Installed with apt-get when missing (needs root and the Debian registry).
import { existsSync } from "node:fs";
import { run } from "./run.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const PACKAGES = [
  { bin: CHROMIUM, pkg: "chromium" },
  { bin: "/usr/bin/pdftoppm", pkg: "poppler-utils" },
];

export async function ensureSystemPackages() {
  const missing = PACKAGES.filter((p) => !existsSync(p.bin));
  if (!missing.length) return;
  const names = missing.map((p) => p.pkg);
  console.log(`正在通过 apt-get 安装 Debian 软件包：${names.join(" ")} …`);
  if ((await run("apt-get", ["update", "-qq"])) !== 0) throw new Error("apt-get update 失败");
  const code = await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const still = missing.filter((p) => !existsSync(p.bin));
  if (code !== 0 || still.length) throw new Error(`无法安装 ${still.map((p) => p.pkg).join(" ")}（需要 root 与 Debian 软件源）`);
}
