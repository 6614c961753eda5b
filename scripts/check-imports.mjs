// Folder-level import loops in lib/ (issue 16 §5): lib/<a> importing lib/<b> while lib/<b> imports lib/<a>,
// directly or round a longer loop, means neither can be understood or changed alone. The files at lib/'s root
// (db, env, errors, audit, …) are the base every folder may use, so they count as their own node "lib". Tests
// are left out: a test may reach across. Also: components/ never import from app/. Exits 1 and prints each
// loop with one import per arrow, and each upward import, when there is one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const LIB = path.join(ROOT, "lib");
const SKIP = new Set(["generated"]);

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!SKIP.has(name)) out.push(...files(full));
    } else if (/\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

/** "lib" for lib's own root files, else the first folder under lib/. */
function folderOf(file) {
  const rel = path.relative(LIB, file).split(path.sep);
  return rel.length === 1 ? "lib" : rel[0];
}

function resolve(from, spec) {
  if (spec.startsWith("@/lib/")) return path.join(LIB, spec.slice("@/lib/".length));
  if (spec.startsWith(".")) return path.resolve(path.dirname(from), spec);
  return null;
}

const edges = new Map(); // folder -> Map(folder -> example "file → spec")
for (const file of files(LIB)) {
  const text = readFileSync(file, "utf8");
  const from = folderOf(file);
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)["']([^"']+)["']/gm)) {
    const target = resolve(file, m[1]);
    if (!target?.startsWith(LIB + path.sep)) continue;
    const to = folderOf(target.endsWith(".ts") || target.endsWith(".tsx") ? target : `${target}.ts`);
    if (to === from || SKIP.has(to)) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const out = edges.get(from);
    if (!out.has(to)) out.set(to, `${path.relative(ROOT, file)} → ${m[1]}`);
  }
}

// Tarjan's strongly connected components: every component of more than one folder holds a loop.
let index = 0;
const stack = [];
const info = new Map();
const components = [];
function connect(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!info.has(w)) {
      connect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  }
}
for (const v of edges.keys()) if (!info.has(v)) connect(v);

// components/ never import from app/ (pages pass server actions to client components as props): the arrow
// between the two runs one way only.
const COMPONENTS = path.join(ROOT, "components");
const upward = [];
for (const file of files(COMPONENTS)) {
  for (const m of readFileSync(file, "utf8").matchAll(/(?:from\s+|import\s*\(\s*)["'](@\/app\/[^"']+)["']/g))
    upward.push(`${path.relative(ROOT, file)} → ${m[1]}`);
}
if (upward.length) {
  console.log(`components/ import from app/ in ${upward.length} places (pass the action to the component as a prop instead):`);
  for (const line of upward) console.log(`  ${line}`);
}

if (!components.length && !upward.length) {
  console.log(`lib/: no folder-level import loop (${edges.size} folders, ${[...edges.values()].reduce((n, m) => n + m.size, 0)} folder-to-folder imports).`);
  process.exit(0);
}
for (const component of components) {
  console.log(`lib/ import loop among: ${component.join(", ")}`);
  const inside = new Set(component);
  for (const a of component) for (const [b, why] of edges.get(a) ?? []) if (inside.has(b)) console.log(`  ${a} → ${b}   (${why})`);
}
process.exit(1);
