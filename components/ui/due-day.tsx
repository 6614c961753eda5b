import { shanghaiDay } from "@/lib/calendar/dates";

/** A due date: the last day (Asia/Shanghai) a decision or a material is due, as "YYYY-MM-DD". */
export function DueDay({ date }: { date: Date }) {
  const day = shanghaiDay(date);
  return <time dateTime={day}>{day}</time>;
}
