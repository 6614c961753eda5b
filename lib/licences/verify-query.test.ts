import { describe, expect, it } from "vitest";
import { makeUscc } from "@/lib/ids/uscc";
import { verifyTarget } from "./verify-query";

describe("verifyTarget (the /verify form)", () => {
  const uscc = makeUscc("91440400MA4UABCD0");
  it("a valid USCC goes to the enterprise code page, typed loosely (lower case, spaces, full width)", () => {
    expect(verifyTarget(uscc)).toEqual({ ok: true, path: `/verify/${uscc}` });
    expect(verifyTarget(` ${uscc.toLowerCase().slice(0, 9)} ${uscc.slice(9)} `)).toEqual({ ok: true, path: `/verify/${uscc}` });
    expect(verifyTarget(`９${uscc.slice(1)}`)).toEqual({ ok: true, path: `/verify/${uscc}` });
  });
  it("a licence number goes to the licence page", () => {
    expect(verifyTarget("xk20261123-cmabc123")).toEqual({ ok: true, path: "/verify/licence/XK20261123-CMABC123" });
    expect(verifyTarget("BA20261123-X1Y2")).toEqual({ ok: true, path: "/verify/licence/BA20261123-X1Y2" });
  });
  it("refuses empty, garbage, a wrong check character, overlong input", () => {
    expect(verifyTarget("")).toEqual({ ok: false, error: "verify.form.empty" });
    expect(verifyTarget("   ")).toEqual({ ok: false, error: "verify.form.empty" });
    expect(verifyTarget(undefined)).toEqual({ ok: false, error: "verify.form.empty" });
    expect(verifyTarget("hello<script>")).toEqual({ ok: false, error: "verify.form.invalid" });
    const wrong = uscc.slice(0, 17) + (uscc[17] === "0" ? "1" : "0");
    expect(verifyTarget(wrong)).toEqual({ ok: false, error: "verify.form.invalid" });
    expect(verifyTarget("X".repeat(200))).toEqual({ ok: false, error: "verify.form.tooLong" });
  });
});
