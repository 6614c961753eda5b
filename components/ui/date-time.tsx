import type { Locale } from "@/lib/i18n/core";

/** An instant in Beijing time (the portal computes in Asia/Shanghai whatever the server's zone). */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    // h23, not hour12: false: with hour12 false English shows midnight as "24:56".
    hourCycle: "h23",
  }).format(date);
}

export function DateTimeText({ date, locale }: { date: Date; locale: Locale }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date, locale)}</time>;
}
