// The e2e seeding process: one per Playwright worker, started by tests/e2e/seed.ts. It runs under tsx with
// the "react-server" condition (so `import "server-only"` in the domain modules resolves to nothing, as in
// Next's server) and keeps one Prisma client warm. Requests arrive as JSON lines on stdin
// ({ id, name, args }); each answer ({ id, ok, value | error }) goes to fd 3, so that anything the domain
// code logs on stdout cannot be mistaken for an answer. Ends when its worker closes stdin.
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { getDb } from "@/lib/db";
import { currentSigningKey } from "@/lib/licences/signing-key";
import { type Recipes, recipes } from "../factories/e2e-recipes";

const answers = createWriteStream("", { fd: 3 });

type Request = { id: number; name: keyof Recipes; args: unknown[] };

// Two seeding processes (one per worker) may issue the first licences of a fresh database at the same moment;
// the signing key's registration is an upsert, and of two racing inserts one fails on the key's primary key.
// Registered here first, with a second try for the loser, no recipe runs into that.
async function registerSigningKey() {
  try {
    await currentSigningKey(getDb());
  } catch {
    await currentSigningKey(getDb());
  }
}
const ready = registerSigningKey();

async function answer({ id, name, args }: Request) {
  try {
    await ready;
    const recipe = recipes[name] as (...a: unknown[]) => Promise<unknown>;
    if (!recipe) throw new Error(`no seeding recipe "${String(name)}"`);
    answers.write(`${JSON.stringify({ id, ok: true, value: await recipe(...args) })}\n`);
  } catch (err) {
    answers.write(`${JSON.stringify({ id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) })}\n`);
  }
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line.trim()) void answer(JSON.parse(line) as Request);
});
lines.on("close", () => {
  void getDb()
    .$disconnect()
    .finally(() => process.exit(0));
});
