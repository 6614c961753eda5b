// Database commands. Without DATABASE_URL they start the embedded PostgreSQL for the duration.
//   migrate            apply pending migrations (idempotent)
//   migration <name>   create the next migration from changes to prisma/schema.prisma
//   seed               load the demo data (idempotent)
//   serve              keep the embedded server running until Ctrl-C (for psql, tests, a dev server)
import { openDatabase } from "./lib/database.mjs";
import { applyMigrations, createMigration } from "./lib/migrations.mjs";

const [command, ...args] = process.argv.slice(2);
const profile = process.env.ONELICENCE_DB_PROFILE === "test" ? "test" : "app";
const log = (msg) => console.log(msg);

async function main() {
  if (!["migrate", "migration", "seed", "serve"].includes(command)) {
    console.error("用法: node scripts/db.mjs migrate | migration <name> | seed | serve");
    process.exit(2);
  }
  if (command === "migration" && !args[0]) {
    console.error("请提供迁移名称，例如: npm run db:migration -- add_licence_shares");
    process.exit(2);
  }
  const db = await openDatabase({ profile, log });
  try {
    if (command === "migrate" || command === "seed") {
      const applied = await applyMigrations(db.url);
      log(applied.length ? `已应用迁移: ${applied.join(", ")}` : "数据库结构已是最新，无需迁移。");
    }
    if (command === "migration") {
      const dir = await createMigration({ url: db.url, name: args[0] });
      log(dir ? `已创建迁移: ${dir}` : "schema.prisma 与最新迁移一致，无需新迁移。");
    }
    if (command === "seed") {
      const { runSeed } = await import("./seed.ts");
      const summary = await runSeed(db.url);
      log(`演示数据已就绪: ${JSON.stringify(summary)}`);
    }
    if (command === "serve") {
      log(`DATABASE_URL=${db.url}`);
      log("按 Ctrl-C 停止。");
      await new Promise((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
    }
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
