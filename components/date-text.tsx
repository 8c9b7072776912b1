// Dates in the data are calendar dates stored at UTC midnight: format them in
// UTC, or a reader west of Greenwich would see the previous day.
const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "3 April 2011". */
export function formatDate(date: Date): string {
  return formatter.format(date);
}

/** "2011-04-03", for the machine-readable `dateTime` attribute. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function DateText({ date, fallback = "date not stated" }: { date: Date | null | undefined; fallback?: string }) {
  if (!date) return <span className="text-slate-600">{fallback}</span>;
  return <time dateTime={isoDay(date)}>{formatDate(date)}</time>;
}
