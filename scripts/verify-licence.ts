// Offline check of a downloaded e-licence: `npm run verify-licence -- <licence.json> [--keys <file-or-url>]`.
// Reads the signed licence ({ payload, signature, keyId }), loads the published keys from a saved
// licence-keys.json or a URL (default http://localhost:3000/.well-known/licence-keys.json), and says in
// Chinese whether it is genuine. Exit 0 only when genuine; 1 altered, unknown key or not a licence; 2 usage.
import { readFile } from "node:fs/promises";
import { CHECK_TEXT, exitCodeOf, parsePublishedKeys, verifyDocument } from "@/lib/licences/verify-document";

const DEFAULT_KEYS = "http://localhost:3000/.well-known/licence-keys.json";
const USAGE = "用法：npm run verify-licence -- <电子证照.json> [--keys <licence-keys.json 文件或网址>]";

function usage(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

async function readKeys(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source, { headers: { accept: "application/json" } }).catch((e: unknown) =>
      usage(`无法获取公钥（${source}）：${e instanceof Error ? e.message : String(e)}`),
    );
    if (!res.ok) usage(`无法获取公钥（${source}）：HTTP ${res.status}`);
    return res.text();
  }
  return readFile(source, "utf8").catch(() => usage(`无法读取公钥文件：${source}`));
}

async function main() {
  const args = process.argv.slice(2);
  let keysSource = DEFAULT_KEYS;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--keys") {
      const next = args[++i];
      if (!next) usage("--keys 后须跟公钥文件路径或网址");
      keysSource = next;
    } else if (args[i] === "-h" || args[i] === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else files.push(args[i]!);
  }
  if (files.length !== 1) usage("请指定一个电子证照文件");
  const text = await readFile(files[0]!, "utf8").catch(() => usage(`无法读取证照文件：${files[0]}`));
  const keys = parsePublishedKeys(await readKeys(keysSource));
  if (!keys) usage(`公钥文件格式不正确（${keysSource}）：应为平台发布的 licence-keys.json`);

  const check = verifyDocument(text, keys);
  if (!check.ok) {
    console.log(`✗ ${check.error}`);
  } else {
    const l = check.licence;
    console.log(`${check.result === "valid" ? "✓" : "✗"} ${CHECK_TEXT[check.result]}`);
    if (check.result !== "valid") console.log("以下为文件中所写内容，未经签名证实：");
    console.log(`证照编号：${l.number}`);
    console.log(`持证主体：${l.holderName}（${l.uscc}）`);
    console.log(`有效期：${l.validFrom} 至 ${l.validUntil ?? "长期"}`);
    if (check.result === "valid") console.log("提示：签名只证明内容真实；证照当前是否有效（暂停、撤销等），请扫码或在平台“证照核验”中查询实时状态。");
  }
  process.exit(exitCodeOf(check));
}

void main();
