import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, issueOf, parseInput } from "./errors";
import { msg } from "./i18n/core";

describe("issueOf", () => {
  it("keeps a catalog key as the message and the issue's numbers as parameters", () => {
    const r = z.string().min(2, msg("domain.licences.errors.share.purposeTooShort")).safeParse("x");
    expect(r.success).toBe(false);
    const issue = issueOf(r.error!.issues[0]!);
    expect(issue).toMatchObject({ path: "", key: "domain.licences.errors.share.purposeTooShort" });
    expect(issue.params.minimum).toBe("2");
  });

  it("never passes zod's own English on: a default message becomes the generic key of its code", () => {
    const r = z.object({ n: z.number() }).safeParse({ n: "a" });
    const issue = issueOf(r.error!.issues[0]!);
    expect(issue).toMatchObject({ path: "n", key: "errors.input.invalid_type" });
  });
});

describe("parseInput", () => {
  it("returns the parsed value, or throws BAD_INPUT carrying every issue on its path", () => {
    const schema = z.object({ a: z.string().min(1), b: z.number() });
    expect(parseInput(schema, { a: "x", b: 1 })).toEqual({ a: "x", b: 1 });
    try {
      parseInput(schema, { a: "", b: "no" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.code).toBe("BAD_INPUT");
      expect(err.status).toBe(400);
      expect(err.issues.map((i) => i.path)).toEqual(["a", "b"]);
    }
  });
});
