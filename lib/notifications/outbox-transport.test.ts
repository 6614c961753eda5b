// The webhook transport against a real local HTTP server (no fetch mock).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postToWebhook } from "./outbox-transport";
import type { OutboxEnvelope } from "./deliver-outbox";

let server: Server;
let base: string;
const received: { path: string; headers: IncomingMessage["headers"]; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body: JSON.parse(raw || "null") });
      if (req.url === "/down") {
        res.writeHead(503, { "content-type": "text/plain" }).end("gateway maintenance");
      } else if (req.url === "/moved") {
        res.writeHead(302, { location: "/ok" }).end();
      } else {
        res.writeHead(202).end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const message: OutboxEnvelope = {
  id: "msg-1",
  topic: "dual-notice.department",
  target: "JTW",
  payload: { enterprise: "上海金山畅达物流有限公司", permits: [{ code: "ROAD_FREIGHT" }] },
  createdAt: new Date("2026-11-23T02:00:00Z"),
  attempt: 2,
};

describe("postToWebhook", () => {
  it("POSTs the row as JSON with its id as the idempotency key; a 2xx is delivery", async () => {
    await expect(postToWebhook(`${base}/ok`, message)).resolves.toBeUndefined();
    const got = received.at(-1)!;
    expect(got.path).toBe("/ok");
    expect(got.headers["content-type"]).toContain("application/json");
    expect(got.headers["idempotency-key"]).toBe("msg-1");
    expect(got.body).toEqual({ ...message, createdAt: "2026-11-23T02:00:00.000Z" });
  });

  it("fails with the status and the receiver's words on a non-2xx answer", async () => {
    await expect(postToWebhook(`${base}/down`, message)).rejects.toThrow(/HTTP 503.*gateway maintenance/);
  });

  it("does not follow a redirect (the gateway address is configured, not discovered)", async () => {
    const before = received.length;
    await expect(postToWebhook(`${base}/moved`, message)).rejects.toThrow();
    expect(received.slice(before).map((r) => r.path)).toEqual(["/moved"]);
  });

  it("fails when nobody listens", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(postToWebhook(`http://127.0.0.1:${port}/`, message)).rejects.toThrow(/无法连接接收方/);
  });
});
