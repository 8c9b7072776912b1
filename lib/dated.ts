// Real-world dates as sources give them: a day, a month, a year, or bounds
// ("not before 13 July 2011, not after 30 September 2011"). Stored as a span
// (dateFrom..dateTo) with its precision. An entry counts for "status on D"
// from dateTo, the last day it could have been given: we only say what is
// certain by then. Something recorded today happened by today, so a span that
// reaches into the future ends today (lib/dated.test.ts).
import { z } from "zod";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { optionalText } from "@/lib/validation";
import { DEFAULT_DATE_LOCALE, normalizeTypedDate, unreadableDay, type DateLocale } from "@/lib/typed-date";
import { formatDate, formatMonth } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type { DatePrecision };
export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "RANGE"] as const satisfies readonly DatePrecision[];

/** As stored: calendar days at UTC midnight. */
export interface Dated {
  datePrecision: DatePrecision;
  dateFrom: Date | null;
  dateTo: Date;
  dateNote: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A real calendar day "YYYY-MM-DD", else null. */
export function parseDay(s: string): Date | null {
  const m = DAY.exec(s);
  if (!m) return null;
  const d = utc(+m[1]!, +m[2]!, +m[3]!);
  return isoDay(d) === s ? d : null;
}

/** "2011-07-13" → that day; "2011-07" → July 2011; "2011" → the year. Null if none of these. */
export function parseSpan(s: string): { precision: "DAY" | "MONTH" | "YEAR"; from: Date; to: Date } | null {
  const day = parseDay(s);
  if (day) return { precision: "DAY", from: day, to: day };
  const m = MONTH.exec(s);
  if (m && +m[2]! >= 1 && +m[2]! <= 12)
    return { precision: "MONTH", from: utc(+m[1]!, +m[2]!, 1), to: utc(+m[1]!, +m[2]! + 1, 0) };
  const y = YEAR.exec(s);
  if (y) return { precision: "YEAR", from: utc(+y[1]!, 1, 1), to: utc(+y[1]!, 12, 31) };
  return null;
}

const EARLIEST = "1990-01-01";
const blank = (v: unknown) =>
  typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v;

/** The form fields of a dated entry: the date as known, or bounds when it is not. */
export const DATE_INPUT_MAX = 40;
export const DATE_NOTE_MAX = 1000;
export const datedFields = {
  date: z.preprocess(blank, z.string().max(DATE_INPUT_MAX).optional()),
  notBefore: z.preprocess(blank, z.string().max(DATE_INPUT_MAX).optional()),
  notAfter: z.preprocess(blank, z.string().max(DATE_INPUT_MAX).optional()),
  dateNote: optionalText("Note on the date", DATE_NOTE_MAX),
};
type DatedForm = { date?: string; notBefore?: string; notAfter?: string; dateNote?: string };

/** The hint and message for the "date" field, with examples in the reader's way of writing dates. */
export const datedExamples = (locale: DateLocale = DEFAULT_DATE_LOCALE) =>
  locale === "en"
    ? "a day (2011-07-13), a month (2011-07) or a year (2011)"
    : "a day (13.07.2011), a month (07.2011) or a year (2011)";

/**
 * Checks the date fields, one message per field, and returns the stored form. Dates are read as typed
 * (lib/typed-date.ts); `locale` picks the examples in the messages. `today` is injectable for tests.
 */
export function checkDated(
  label: string,
  form: DatedForm,
  today = todayIso(),
  locale: DateLocale = DEFAULT_DATE_LOCALE,
): { errors: Record<string, string>; value: Dated | null } {
  const errors: Record<string, string> = {};
  const v = Object.fromEntries(Object.entries(form).map(([k, x]) => [k, blank(x)])) as DatedForm;
  const bound = (field: "notBefore" | "notAfter", name: string) => {
    const typed = v[field];
    if (typed === undefined) return null;
    const s = normalizeTypedDate(typed) ?? typed;
    const d = parseDay(s);
    if (!d) errors[field] = unreadableDay(name, locale);
    else if (s < EARLIEST) errors[field] = `${name} must be after 1990`;
    else if (s > today) errors[field] = `${name} cannot be in the future`;
    return errors[field] ? null : d;
  };
  const note = v.dateNote ?? null;
  if (v.date !== undefined) {
    if (v.notBefore !== undefined) errors.notBefore = "Leave the bounds empty when the date itself is known";
    else if (v.notAfter !== undefined) errors.notAfter = "Leave the bounds empty when the date itself is known";
    const span = parseSpan(normalizeTypedDate(v.date) ?? v.date);
    if (!span) errors.date = `${label} must be ${datedExamples(locale)}`;
    else if (isoDay(span.from) < EARLIEST) errors.date = `${label} must be after 1990`;
    else if (isoDay(span.from) > today) errors.date = `${label} cannot be in the future`;
    if (Object.keys(errors).length > 0 || !span) return { errors, value: null };
    const to = isoDay(span.to) > today ? parseDay(today)! : span.to;
    return { errors, value: { datePrecision: span.precision, dateFrom: span.from, dateTo: to, dateNote: note } };
  }
  const from = bound("notBefore", "“Not before”");
  const to = bound("notAfter", "“Not after”");
  if (v.notBefore === undefined && v.notAfter === undefined) {
    errors.date = `${label} is required: give the day, month or year, or the bounds below`;
  }
  if (from && to && from > to) errors.notBefore = "“Not before” must be on or before “Not after”";
  if (Object.keys(errors).length > 0) return { errors, value: null };
  // Only "not before" known: it was given by the day it is recorded.
  return { errors, value: { datePrecision: "RANGE", dateFrom: from, dateTo: to ?? parseDay(today)!, dateNote: note } };
}

/**
 * An object schema with the date fields: the date is checked with the other
 * fields (every message at once) and handed on in its stored form.
 */
export function datedSchema<T extends z.ZodRawShape>(
  shape: T,
  label: string,
  locale: DateLocale = DEFAULT_DATE_LOCALE,
) {
  const errorOf = (v: unknown, field: string) =>
    checkDated(label, (v ?? {}) as DatedForm, todayIso(), locale).errors[field];
  // One refinement per date field, run even when other fields failed (`when`), so every message shows at once.
  const refined = (["date", "notBefore", "notAfter"] as const).reduce(
    (schema, field) =>
      schema.refine((v) => !errorOf(v, field), {
        path: [field],
        when: () => true,
        error: (issue) => errorOf(issue.input, field) ?? "Invalid date",
      }),
    z.object({ ...shape, ...datedFields }),
  );
  return refined.transform((v) => {
    const { date, notBefore, notAfter, dateNote, ...rest } = v as z.output<z.ZodObject<T>> & DatedForm;
    return {
      ...(rest as z.output<z.ZodObject<T>>),
      ...checkDated(label, { date, notBefore, notAfter, dateNote }, todayIso(), locale).value!,
    };
  });
}

/** A date as shown; in history recorded before dates were required, it can be missing. */
export interface DatedLike {
  datePrecision: DatePrecision | null;
  dateFrom: Date | null;
  dateTo: Date | null;
  dateNote?: string | null;
}

/** The form values of a stored date (for editing and for a rebased form). */
export function datedToForm(d: DatedLike): Record<"date" | "notBefore" | "notAfter" | "dateNote", string> {
  const from = d.dateFrom ? isoDay(d.dateFrom) : "";
  const date =
    d.datePrecision === "DAY"
      ? from
      : d.datePrecision === "MONTH"
        ? from.slice(0, 7)
        : d.datePrecision === "YEAR"
          ? from.slice(0, 4)
          : "";
  return {
    date,
    notBefore: d.datePrecision === "RANGE" ? from : "",
    notAfter: d.datePrecision === "RANGE" && d.dateTo ? isoDay(d.dateTo) : "",
    dateNote: d.dateNote ?? "",
  };
}

/**
 * "13 July 2011", "July 2011", "2011", "between 13 July 2011 and 30 September 2011", "not after 30 September 2011";
 * in Russian and Kazakh with lib/i18n/format.ts's date formats and the catalogues' "dated" words.
 */
export function formatDated(d: DatedLike, locale: Locale = "en"): string {
  const t = translator(locale, "dated");
  if (!d.datePrecision || !d.dateTo) return t("notRecorded");
  const from = d.dateFrom ?? d.dateTo;
  switch (d.datePrecision) {
    case "DAY":
      return formatDate(from, locale);
    case "MONTH":
      return formatMonth(from, locale);
    case "YEAR":
      return String(from.getUTCFullYear());
    case "RANGE":
      return d.dateFrom
        ? t("between", { from: formatDate(d.dateFrom, locale), to: formatDate(d.dateTo, locale) })
        : t("notAfter", { to: formatDate(d.dateTo, locale) });
  }
}

/** How uncertain dates count, in one sentence for the interface and the reports. */
export const UNCERTAIN_DATES_RULE =
  "An entry whose exact day is unknown counts from the last day it could have been given: " +
  "“July 2011” from 31 July 2011, “between 13 July and 30 September 2011” from 30 September 2011.";
