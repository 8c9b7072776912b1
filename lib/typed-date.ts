// Dates as people type them: "13.07.2011" (Russian and Kazakh), "13 July 2011" or "July 13, 2011" (English), and
// ISO "2011-07-13" everywhere (stored values come back into forms in that form). None of these formats is
// ambiguous, so every one is read whatever the reader's language (a Russian speaker reading the English interface
// still types 13.07.2011); the language picks the example shown in hints and messages, and each language's own
// way of writing a date (ДД.ММ.ГГГГ / КК.АА.ЖЖЖЖ, and the dates pages show: "13 июля 2011 г.", "2011 ж. 13 шілде")
// is read back (lib/typed-date-languages.test.ts). Slashed dates (07/08/2011) are refused: they read differently
// in the UK and the US.
// Pure: the server parses in the zod schemas (lib/validation.ts, lib/dated.ts).

export type DateLocale = "en" | "ru" | "kk";
export const DEFAULT_DATE_LOCALE: DateLocale = "en";

// Month names by their unambiguous beginnings: English, Russian (nominative "июль" and genitive "июля", and "мая"),
// Kazakh.
const MONTHS: readonly (readonly string[])[] = [
  ["january", "jan", "январ", "янв", "қаңтар"],
  ["february", "feb", "феврал", "фев", "ақпан"],
  ["march", "mar", "март", "мар", "наурыз"],
  ["april", "apr", "апрел", "апр", "сәуір"],
  ["may", "май", "мая", "мамыр"],
  ["june", "jun", "июн", "маусым"],
  ["july", "jul", "июл", "шілде"],
  ["august", "aug", "август", "авг", "тамыз"],
  ["september", "sept", "sep", "сентябр", "сен", "қыркүйек"],
  ["october", "oct", "октябр", "окт", "қазан"],
  ["november", "nov", "ноябр", "ноя", "қараша"],
  ["december", "dec", "декабр", "дек", "желтоқсан"],
];

/** A month name or its abbreviation, with at most a case ending ("июля", "марта"); "Julember" is no month. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((names) => names.some((n) => w.startsWith(n) && w.length - n.length <= 2));
  return i < 0 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m?: number, d?: number) => {
  const yy = String(y).padStart(4, "0");
  return m === undefined ? yy : d === undefined ? `${yy}-${pad(m)}` : `${yy}-${pad(m)}-${pad(d)}`;
};
const realDay = (y: number, m: number, d: number) => {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d); // not Date.UTC, which reads years 0-99 as 1900-1999
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

/**
 * A typed date as "YYYY-MM-DD", "YYYY-MM" (a month) or "YYYY" (a year), or null when it cannot be read (including
 * days that do not exist, such as 30.02.2011). Years have four digits.
 */
export function normalizeTypedDate(input: string): string | null {
  // A form can send a field twice (an array) or not as text: the schema's own message then covers it.
  if (typeof input !== "string") return null;
  const s = input
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*(г\.?|ж\.?|года|жыл|жылы)$/i, "");
  let m: RegExpExecArray | null;
  const day = (y: number, mo: number, d: number) => (mo >= 1 && mo <= 12 && realDay(y, mo, d) ? iso(y, mo, d) : null);
  const month = (y: number, mo: number) => (mo >= 1 && mo <= 12 ? iso(y, mo) : null);
  if (/^\d{4}$/.test(s)) return s;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return month(+m[1]!, +m[2]!);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) return day(+m[3]!, +m[2]!, +m[1]!);
  if ((m = /^(\d{1,2})\.(\d{4})$/.exec(s))) return month(+m[2]!, +m[1]!);
  // Kazakh writes the year first, as pages show dates in Kazakh: "2011 ж. 13 шілде", "2011 жылғы 13 шілде",
  // and a month "2011 ж. шілде" (lib/i18n/format.ts), so a date copied from a page reads back.
  if ((m = /^(\d{4}) (?:ж\.?|жылғы|жылы) (\d{1,2}) ([\p{L}.]+)$/u.exec(s))) {
    const mo = monthOf(m[3]!);
    return mo ? day(+m[1]!, mo, +m[2]!) : null;
  }
  if ((m = /^(\d{4}) (?:ж\.?|жылғы|жылы) ([\p{L}.]+)$/u.exec(s))) {
    const mo = monthOf(m[2]!);
    return mo ? month(+m[1]!, mo) : null;
  }
  // "13 July 2011", "13 июля 2011"
  if ((m = /^(\d{1,2}) ([\p{L}.]+),? (\d{4})$/u.exec(s))) {
    const mo = monthOf(m[2]!);
    return mo ? day(+m[3]!, mo, +m[1]!) : null;
  }
  // "July 13, 2011", "Jul 13 2011"
  if ((m = /^([\p{L}.]+) (\d{1,2}),? (\d{4})$/u.exec(s))) {
    const mo = monthOf(m[1]!);
    return mo ? day(+m[3]!, mo, +m[2]!) : null;
  }
  // "July 2011", "июль 2011"
  if ((m = /^([\p{L}.]+),? (\d{4})$/u.exec(s))) {
    const mo = monthOf(m[1]!);
    return mo ? month(+m[2]!, mo) : null;
  }
  return null;
}

/** A typed date that must be one day, as "YYYY-MM-DD", else null. */
export function parseTypedDay(input: string): string | null {
  const v = normalizeTypedDate(input);
  return v && v.length === 10 ? v : null;
}

/** How to type a day, in the reader's language (the example shown in hints and in the message). */
export function dayExample(locale: DateLocale = DEFAULT_DATE_LOCALE): string {
  return locale === "en" ? "13 July 2011 or 2011-07-13" : "13.07.2011";
}

/** The one message for a date that cannot be read. */
export function unreadableDay(label: string, locale: DateLocale = DEFAULT_DATE_LOCALE): string {
  return `${label} is not a date we can read: type it as ${dayExample(locale)}`;
}
