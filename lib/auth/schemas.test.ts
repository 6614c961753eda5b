import { describe, expect, it } from "vitest";
import { ZLogin } from "./schemas";
import { safeCallbackUrl } from "./callback-url";

describe("ZLogin", () => {
  it.each([
    [{ username: "", password: "x" }, ["login.usernameRequired"]],
    [{ username: "   ", password: "x" }, ["login.usernameRequired"]],
    [{ username: "a", password: "" }, ["login.passwordRequired"]],
    [{ username: "", password: "" }, ["login.usernameRequired", "login.passwordRequired"]],
    [{ username: "a".repeat(65), password: "x" }, ["login.tooLong"]],
    [{ username: 42, password: "x" }, null],
  ])("%j → %j", (input, messages) => {
    const r = ZLogin.safeParse(input);
    expect(r.success).toBe(false);
    if (messages && !r.success) expect(r.error.issues.map((i) => i.message)).toEqual(messages);
  });

  it("trims the username but not the password", () => {
    expect(ZLogin.parse({ username: "  window ", password: " p " })).toEqual({ username: "window", password: " p " });
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/desk", "/desk"],
    ["/my/applications?x=1", "/my/applications?x=1"],
    ["//evil.example", null],
    ["/\\evil.example", null],
    ["https://evil.example", null],
    ["", null],
    [null, null],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
