import { describe, expect, it } from "vitest";
import { formatDateTime } from "./date-time";

describe("formatDateTime (Asia/Shanghai, 24-hour)", () => {
  it.each([
    // 16:56 UTC is 00:56 the next day in Beijing: midnight is 00, never 24.
    ["2026-03-01T16:56:00Z", "zh-CN", "2026/03/02 00:56"],
    ["2026-03-01T16:56:00Z", "en", "03/02/2026, 00:56"],
    ["2026-03-02T05:07:00Z", "zh-CN", "2026/03/02 13:07"],
    ["2026-03-02T05:07:00Z", "en", "03/02/2026, 13:07"],
    ["2026-03-02T15:59:00Z", "en", "03/02/2026, 23:59"],
  ] as const)("%s in %s → %s", (iso, locale, shown) => {
    expect(formatDateTime(new Date(iso), locale)).toBe(shown);
  });
});
