// Small process helpers for the test and e2e scripts.
import { spawn } from "node:child_process";
import net from "node:net";

/** Runs a command with inherited output; resolves to its exit code. */
export function run(cmd, args, { env = process.env, cwd } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env, cwd });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}

export async function waitForHttp(url, { timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`服务未在 ${timeoutMs / 1000} 秒内就绪: ${url}`);
}

/** A loopback port nobody listens on now (for a server of a test's or a benchmark's own). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}
