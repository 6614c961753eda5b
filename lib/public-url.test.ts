// The address on licences and QR codes: the configured public address, never a silent localhost in production.
import { afterEach, describe, expect, it, vi } from "vitest";
import { MISSING_PUBLIC_BASE_URL, publicBase, publicUrlOf } from "./public-url";
import { register } from "../instrumentation";

describe("public address", () => {
  it("uses PUBLIC_BASE_URL, with or without a trailing slash, under a path prefix too", () => {
    expect(publicUrlOf({ NODE_ENV: "production", PUBLIC_BASE_URL: "https://yzt.example.gov.cn" }, "/verify/licence/XK1")).toBe(
      "https://yzt.example.gov.cn/verify/licence/XK1",
    );
    expect(publicUrlOf({ NODE_ENV: "production", PUBLIC_BASE_URL: "https://gov.example.cn/yzt/" }, "/verify/licence/XK1")).toBe(
      "https://gov.example.cn/yzt/verify/licence/XK1",
    );
  });

  it("refuses in production when none is configured, instead of printing localhost", () => {
    expect(() => publicBase({ NODE_ENV: "production" })).toThrow(MISSING_PUBLIC_BASE_URL);
    expect(() => publicBase({ NODE_ENV: "production", PUBLIC_BASE_URL: "  " })).toThrow(MISSING_PUBLIC_BASE_URL);
    expect(publicBase({ NODE_ENV: "development" })).toBe("http://localhost:3000/");
  });
});

describe("instrumentation: a production server without a public address does not start", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it("exits with the reason in production without PUBLIC_BASE_URL, and starts with it", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    Object.assign(process.env, { NEXT_RUNTIME: "nodejs", NODE_ENV: "production" });
    delete process.env.PUBLIC_BASE_URL;
    register();
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls[0]?.[0]).toContain("PUBLIC_BASE_URL 未设置");
    exit.mockClear();
    process.env.PUBLIC_BASE_URL = "https://yzt.example.gov.cn";
    register();
    expect(exit).not.toHaveBeenCalled();
  });
});
