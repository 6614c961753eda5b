import { describe, expect, it } from "vitest";
import { isWanAmount, wanToYuan, yuanToWan } from "./capital";

describe("wanToYuan: the form's 万元 to the database's yuan", () => {
  it.each<[string, string]>([
    ["50", "500000.00"],
    ["75.5", "755000.00"],
    ["0.0001", "1.00"],
    ["0.000001", "0.01"],
    ["25.50", "255000.00"],
    ["999999999.999999", "9999999999999.99"],
    [" 100 ", "1000000.00"],
  ])("%s 万元 is %s 元", (wan, yuan) => {
    expect(wanToYuan(wan)).toBe(yuan);
  });

  it("is exact where floating point is not (0.1 + 0.2 万元 = 3000.00 元; 1.1 万元 = 11000.00 元)", () => {
    expect(wanToYuan("0.3")).toBe("3000.00");
    expect(wanToYuan("1.1")).toBe("11000.00");
    expect(wanToYuan("12.3456")).toBe("123456.00");
  });

  it.each(["", "  ", "abc", "-5", "1e3", "1,000", "50万元", "0.0000001", "1234567890"])("refuses %j (null)", (bad) => {
    expect(wanToYuan(bad)).toBeNull();
  });

  it("null and undefined are null", () => {
    expect(wanToYuan(null)).toBeNull();
    expect(wanToYuan(undefined)).toBeNull();
  });
});

describe("yuanToWan: the database's yuan to the form's 万元", () => {
  it.each<[string | number, string]>([
    ["1000000.00", "100"],
    ["755000", "75.5"],
    [755000, "75.5"],
    ["1.00", "0.0001"],
    ["0.01", "0.000001"],
    ["500000.5", "50.00005"],
    ["0", "0"],
  ])("%s 元 is %s 万元", (yuan, wan) => {
    expect(yuanToWan(yuan)).toBe(wan);
  });

  it("reads a Prisma Decimal-like value by its string", () => {
    expect(yuanToWan({ toString: () => "3000000.00" })).toBe("300");
  });

  it("round-trips: wanToYuan(yuanToWan(x)) is x to the fen", () => {
    for (const yuan of ["1.00", "755000.00", "123456789.12", "0.01"]) expect(wanToYuan(yuanToWan(yuan))).toBe(yuan);
  });

  it.each([null, undefined, "", "abc", "-1", "1.234"])("refuses %j (null)", (bad) => {
    expect(yuanToWan(bad)).toBeNull();
  });
});

describe("isWanAmount", () => {
  it("accepts a positive amount in 万元 with up to six decimals, nothing else", () => {
    expect(["50", "0.0001", "25.5", "100.000001"].every(isWanAmount)).toBe(true);
    expect(["0", "0.0", "", "-1", "五十", "50万", "1.0000001"].some(isWanAmount)).toBe(false);
  });
});
