// What the benchmarks share: domain code marked "server-only" runs outside Next.js (that marker would
// throw on import; give it the empty module the react-server condition and vitest's alias give it), and
// scratch databases are made on the server through its "postgres" database.
import { createRequire } from "node:module";
import pg from "pg";

const req = createRequire(import.meta.url);
const serverOnlyPath = req.resolve("server-only");
req.cache[serverOnlyPath] = { id: serverOnlyPath, filename: serverOnlyPath, loaded: true, exports: {} } as unknown as NodeJS.Module;

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function admin<T = unknown>(serverUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
