// Dates as readers expect them, always in UTC (calendar dates are stored at
// UTC midnight; a reader west of Greenwich must not see the previous day).
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const pad = (n: number) => String(n).padStart(2, "0");

/** "22 Nov 2026, 17:05 UTC". */
export function formatDateTime(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "3 April 2011". */
export function formatDay(d: Date): string {
  return `${d.getUTCDate()} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2011-04-03" → "3 April 2011". */
export function formatIsoDay(isoDay: string): string {
  return formatDay(new Date(`${isoDay}T00:00:00.000Z`));
}
