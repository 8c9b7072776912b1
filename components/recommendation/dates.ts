// Dates as readers expect them, always in UTC (calendar dates are stored at
// UTC midnight; a reader west of Greenwich must not see the previous day).
// With a language, through lib/i18n/format.ts (one date format per language); without one, English as before
// (callers outside the recommendation page that have not taken a language yet).
import { useLocale } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import { type Locale, asLocale } from "@/lib/i18n/locales";

/** The reader's language, typed (next-intl's useLocale() gives a string). */
export function useReaderLocale(): Locale {
  const locale = useLocale();
  return asLocale(locale);
}
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

/** "22 Nov 2026, 17:05 UTC"; in Russian "22 ноября 2026 г., 17:05 UTC". */
export function formatDateTime(d: Date, locale?: Locale): string {
  if (locale && locale !== "en")
    return `${formatDate(d, locale)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "3 April 2011" / "3 апреля 2011 г." / "2011 ж. 3 сәуір". */
export function formatDay(d: Date, locale?: Locale): string {
  if (locale) return formatDate(d, locale);
  return `${d.getUTCDate()} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2011-04-03" → "3 April 2011". */
export function formatIsoDay(isoDay: string, locale?: Locale): string {
  return formatDay(new Date(`${isoDay}T00:00:00.000Z`), locale);
}
