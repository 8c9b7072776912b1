// Dates, numbers and percentages for the reader's language: the one place that formats them
// (docs/decisions/016-languages.md). One date format per language everywhere:
//   en "3 April 2011", ru "3 апреля 2011 г.", kk "2011 ж. 3 сәуір".
// Dates in the data are calendar days stored at UTC midnight: always formatted in UTC, or a reader west of
// Greenwich would see the previous day. Times (the audit log) are shown in UTC too, and say so.
import { DEFAULT_LOCALE, type Locale } from "./locales";

/** The Intl locale of each interface language ("en" reads day-month-year, as the reports do). */
const INTL_TAG: Record<Locale, string> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };

type Kind = "date" | "month" | "dateTime" | "number" | "percent";
const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions | Intl.NumberFormatOptions> = {
  date: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
  dateTime: {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  },
  number: {},
  percent: { style: "percent", maximumFractionDigits: 0 },
};

// Building an Intl formatter is slow and pages format hundreds of dates: one per language and kind.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<K extends Kind>(locale: Locale, kind: K) {
  const key = `${locale}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const tag = INTL_TAG[locale] ?? INTL_TAG[DEFAULT_LOCALE];
    f =
      kind === "number" || kind === "percent"
        ? new Intl.NumberFormat(tag, OPTIONS[kind] as Intl.NumberFormatOptions)
        : new Intl.DateTimeFormat(tag, OPTIONS[kind] as Intl.DateTimeFormatOptions);
    cache.set(key, f);
  }
  return f;
}

/** A calendar day: "3 April 2011" / "3 апреля 2011 г." / "2011 ж. 3 сәуір". */
export function formatDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return (formatter(locale, "date") as Intl.DateTimeFormat).format(date);
}

/** A month: "April 2011" / "апрель 2011 г." / "2011 ж. сәуір". */
export function formatMonth(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return (formatter(locale, "month") as Intl.DateTimeFormat).format(date);
}

/** A moment, in UTC (the caller labels it so): "3 April 2011 at 09:15:02". */
export function formatDateTime(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return (formatter(locale, "dateTime") as Intl.DateTimeFormat).format(date);
}

/** "2011-04-03": for machines only (the `dateTime` attribute, file names, form values), never for readers. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 1234567.5 → "1,234,567.5" / "1 234 567,5". */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return (formatter(locale, "number") as Intl.NumberFormat).format(value);
}

/** A share between 0 and 1, as a whole percentage: 0.425 → "43%" / "43 %" / "43%". */
export function formatPercent(share: number, locale: Locale = DEFAULT_LOCALE): string {
  return (formatter(locale, "percent") as Intl.NumberFormat).format(share);
}
