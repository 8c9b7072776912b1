// Shared zod building blocks for every form and action: one place defines
// what "a text field", "a date" or "a link" accepts, with clear messages.
import { z } from "zod";
import { parseTypedDay, unreadableDay, type DateLocale } from "./typed-date";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const HTML_TAG = /<\s*\/?\s*(script|iframe|object|embed|style|img|svg|link|meta)\b/i;

/**
 * Characters no source text needs and that do harm: NUL (PostgreSQL refuses it in text, so a save would
 * fail with a 500) and the bidirectional overrides/isolates (U+202A–U+202E, U+2066–U+2069), which make a
 * displayed or exported text read differently from what is stored ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching the NUL control character is the point
export const UNSAFE_CHARS = /[\u0000\u202A-\u202E\u2066-\u2069]/;
export const unsafeCharsMessage = (label: string) =>
  `${label} contains an invisible control character (a NUL byte or a text-direction override): remove it`;

/** One message per form field holding unsafe characters (checked for every action, whatever its schema). */
export function unsafeTextFields(values: Record<string, string | string[]>, label = "This field") {
  const errors: Record<string, string[]> = {};
  for (const [key, v] of Object.entries(values))
    if ((Array.isArray(v) ? v : [v]).some((x) => UNSAFE_CHARS.test(x))) errors[key] = [unsafeCharsMessage(label)];
  return errors;
}

/** Plain text: trimmed, bounded, and no HTML tags that have no place in a citation. */
export const plainText = (label: string, max: number) =>
  z
    .string({ message: `${label} is required` })
    // Browsers send a textarea's line breaks as CRLF: stored text uses LF, so an untouched field stays unchanged.
    .transform((s) => s.replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .trim()
        .min(1, `${label} is required`)
        .max(max, `${label} must be at most ${max.toLocaleString("en")} characters`)
        .refine((s) => !HTML_TAG.test(s), `${label} must be plain text, without HTML tags such as <script>`)
        .refine((s) => !UNSAFE_CHARS.test(s), unsafeCharsMessage(label)),
    );

export const optionalText = (label: string, max: number) => z.preprocess(blank, plainText(label, max).optional());

const today = () => new Date().toISOString().slice(0, 10);

/** The days any date in the tracker can be: year 0000 or 9999 are typing slips the database cannot store. */
export const EARLIEST_DAY = "1900-01-01";
export const LATEST_DAY = "2100-12-31";
const realDay = (s: string) =>
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** A YYYY-MM-DD day between 1900 and 2100 (for filters in URLs; forms use requiredDate below). */
export const saneDay = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD)`)
    .refine(realDay, `${label} is not a real date`)
    .refine((s) => s >= EARLIEST_DAY && s <= LATEST_DAY, `${label} must be between 1900 and 2100`);

/**
 * A calendar date stored at UTC midnight, typed as the reader writes dates (lib/typed-date.ts: 13.07.2011,
 * 13 July 2011, 2011-07-13); `notFuture` for things that already happened. `locale` picks the example in the
 * message (the i18n layer passes the reader's language). One message per failure: nothing after "required" runs.
 */
export const requiredDate = (label: string, opts: { notFuture?: boolean; locale?: DateLocale } = {}) =>
  z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .transform((s, ctx) => {
      const day = parseTypedDay(s);
      if (!day) ctx.addIssue({ code: "custom", message: unreadableDay(label, opts.locale) });
      return day ?? z.NEVER;
    })
    .pipe(
      z
        .string()
        .refine((s) => s >= "1990-01-01", `${label} must be after 1990`)
        .refine((s) => s <= LATEST_DAY, `${label} must be before 2101`)
        .refine((s) => !opts.notFuture || s <= today(), `${label} cannot be in the future`),
    )
    .transform((s) => new Date(`${s}T00:00:00.000Z`));

export const calendarDate = (label: string, opts: { notFuture?: boolean; locale?: DateLocale } = {}) =>
  z.preprocess(blank, requiredDate(label, opts).optional());

export const httpUrl = (label: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(2000, `${label} is too long`)
      .url(`${label} must be a full web address (https://…)`)
      .refine((s) => /^https?:\/\//i.test(s), `${label} must start with http:// or https://`)
      .optional(),
  );

/** Database ids are cuids; anything else is refused before it reaches a query. */
export const entityId = (label: string) =>
  z.string({ message: `${label} is missing` }).regex(/^[a-z0-9]{20,40}$/, `${label} is not valid`);
export const optionalEntityId = (label: string) => z.preprocess(blank, entityId(label).optional());

/** The version the form was opened at (optimistic locking). */
export const formVersion = z.coerce.number({ message: "The form is missing its version" }).int().min(0);

/** How long a reason for a change may be (schemas and the forms' counters). */
export const REASON_MAX = 2000;
export const reason = (required: boolean) =>
  required ? plainText("Reason for the change", REASON_MAX) : optionalText("Reason for the change", REASON_MAX);
