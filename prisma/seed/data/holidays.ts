// 2026 holiday schedule (国务院办公厅关于2026年部分节假日安排的通知). Every listed day is stored, including
// weekend days inside a holiday span (harmless: a weekend day is off anyway). A date not listed is a
// working day iff Monday–Friday (schema: Holiday).
import type { HolidaySeed } from "./types";

function span(name: string, from: string, to: string): HolidaySeed[] {
  const out: HolidaySeed[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), name, kind: "HOLIDAY" });
  }
  return out;
}

const workday = (date: string, name: string): HolidaySeed => ({ date, name: `${name}调休上班`, kind: "WORKDAY" });

export const holidays: HolidaySeed[] = [
  ...span("元旦", "2026-01-01", "2026-01-03"),
  workday("2026-01-04", "元旦"),
  ...span("春节", "2026-02-15", "2026-02-23"),
  workday("2026-02-14", "春节"),
  workday("2026-02-28", "春节"),
  ...span("清明节", "2026-04-04", "2026-04-06"),
  ...span("劳动节", "2026-05-01", "2026-05-05"),
  workday("2026-05-09", "劳动节"),
  ...span("端午节", "2026-06-19", "2026-06-21"),
  ...span("中秋节", "2026-09-25", "2026-09-27"),
  workday("2026-09-20", "国庆节"),
  ...span("国庆节", "2026-10-01", "2026-10-07"),
  workday("2026-10-10", "国庆节"),
].sort((a, b) => a.date.localeCompare(b.date));
