/** A calendar date stored as @db.Date (UTC midnight) as "YYYY-MM-DD", the form government notices use. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function DateText({ date }: { date: Date }) {
  const iso = isoDate(date);
  return <time dateTime={iso}>{iso}</time>;
}
