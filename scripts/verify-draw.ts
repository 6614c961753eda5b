// Independent re-run of a published 双随机 draw: `npm run verify-draw -- <draw.json | http(s) URL>`.
// Reads the draw file (/public/inspections/<planId>/draw.json, saved or fetched), checks its shape, hashes
// the target snapshot, runs the same draw (lib/supervision/draw.ts) with the published seed, ratios,
// inspectors and conflicts, and says in Chinese whether the published result is exactly what it gives.
// Exit 0 reproducible; 1 differs (problems listed); 2 usage or unreadable / malformed file.
import { readFile } from "node:fs/promises";
import { GRADES, parseSnapshot } from "@/lib/supervision/draw";
import { ZDrawFile, checkDrawFile } from "@/lib/supervision/draw-file";
import { issueOf } from "@/lib/errors";
import { makeT, translate } from "@/lib/i18n/core";
import zhCN from "@/lib/i18n/messages/zh-CN";

// The schema speaks in catalog keys; this command speaks Chinese.
const zh = makeT(zhCN);

const USAGE = "用法：npm run verify-draw -- <抽取文件 draw.json 或其网址>";
/** Beyond this many, problems are counted but not printed one by one. */
const MAX_PRINTED = 50;

function usage(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source, { headers: { accept: "application/json" } }).catch((e: unknown) =>
      usage(`无法获取抽取文件（${source}）：${e instanceof Error ? e.message : String(e)}`),
    );
    if (!res.ok) usage(`无法获取抽取文件（${source}）：HTTP ${res.status}`);
    return res.text();
  }
  return readFile(source, "utf8").catch(() => usage(`无法读取抽取文件：${source}`));
}

async function main() {
  const args = process.argv.slice(2);
  if (args.some((a) => a === "-h" || a === "--help")) {
    console.log(USAGE);
    process.exit(0);
  }
  if (args.length !== 1) usage("请指定一个抽取文件或网址");
  const source = args[0]!;

  let json: unknown;
  try {
    json = JSON.parse(await readSource(source));
  } catch {
    usage(`抽取文件不是有效的 JSON：${source}`);
  }
  const parsed = ZDrawFile.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 10)
      .map((i) => `  · ${i.path.length ? `${i.path.join(".")}：` : ""}${(({ key, params }) => translate(zh, key, params))(issueOf(i))}`);
    usage(`抽取文件格式不正确（${source}）：\n${lines.join("\n")}${parsed.error.issues.length > 10 ? `\n  … 另有 ${parsed.error.issues.length - 10} 处` : ""}`);
  }
  const file = parsed.data;

  let targets: ReturnType<typeof parseSnapshot> | null = null;
  try {
    targets = parseSnapshot(file.snapshot);
  } catch {
    // checkDrawFile reports the malformed line.
  }
  console.log(`抽查计划：${file.planName}（${file.planId}）`);
  console.log(`算法：${file.algorithm}`);
  console.log(`随机种子：${file.seed}`);
  console.log(`快照哈希：${file.snapshotHash}`);
  console.log(
    `检查对象：${targets ? `${targets.length} 户` : "快照无法解析"}；检查人员名录 ${file.pool.length} 人；申报利益冲突 ${file.conflicts.length} 项；每户派 ${file.perInspection} 人`,
  );
  for (const g of GRADES) {
    const total = targets ? targets.filter((t) => t.grade === g).length : null;
    const drawn = file.drawn.filter((d) => d.grade === g).length;
    console.log(`  ${g} 级：${total === null ? "?" : total} 户，比例 ${file.ratios[g]}%，公布抽中 ${drawn} 户`);
  }
  const unstaffed = file.drawn.filter((d) => d.inspectors.length === 0).length;
  console.log(`公布抽中合计：${file.drawn.length} 户${unstaffed ? `（其中 ${unstaffed} 户因无足够无利益冲突的检查人员未派员）` : ""}`);

  const check = checkDrawFile(file);
  if (check.ok) {
    console.log("✓ 抽取结果可复现，与公布一致");
    process.exit(0);
  }
  console.log(`✗ 抽取结果与复算不一致，发现 ${check.problems.length} 处问题：`);
  for (const p of check.problems.slice(0, MAX_PRINTED)) console.log(`  · ${p}`);
  if (check.problems.length > MAX_PRINTED) console.log(`  … 另有 ${check.problems.length - MAX_PRINTED} 处未列出`);
  process.exit(1);
}

void main();
