// Messages written in lib/ (validation, "saved", refusals, conflicts, notifications) in the reader's language.
// The English source text is the message id (as gettext and Lingui do): lib/ keeps writing English, and the
// text is looked up here at one boundary (action() in lib/actions/define.ts; notifications when shown or
// e-mailed). Catalogues: messages/server/{ru,kk}.json, flat, English → translation; English is its own.
// A message built with values ("Title must be at most 200 characters") has a patterned entry with numbered
// placeholders ("{0} must be at most {1} characters"); each value is itself looked up (a field's label), and
// numbers and English days are written for the language. An entry whose count inflects the words holds
// plural forms ({ "one": …, "few": …, "many": …, "other": … }), chosen by the first number among the values
// (a value that starts with one counts: "3 items are"); `{0#}` in a translation is value 0's leading number
// alone, for English values that carry their own plural ("3 recommendations were") the translation rephrases.
// Pure (no server-only imports), unit-tested in server-messages.test.ts; docs/decisions/021-server-messages.md.
import kk from "@/messages/server/kk.json";
import ru from "@/messages/server/ru.json";
import { formatDate, formatNumber } from "./format";
import type { ActionState } from "@/lib/actions/result";
import type { Locale } from "./locales";

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type ServerCatalogue = Record<string, string | PluralForms>;

export const SERVER_CATALOGUES: Record<Exclude<Locale, "en">, ServerCatalogue> = { ru, kk };

export { serverText } from "./server-messages-marker";

const PLACEHOLDER = /\{(\d+)\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Pattern {
  re: RegExp;
  entry: string | PluralForms;
  /** Which capture group holds placeholder n. */
  order: number[];
  /** Placeholders quoted in the English (“{2}”): quoted text is data (a comment, a name), never translated. */
  quoted: Set<number>;
}

const compiled = new Map<ServerCatalogue, Pattern[]>();

/** The patterned entries of a catalogue, the most specific (most literal text) first. */
function patterns(catalogue: ServerCatalogue): Pattern[] {
  let list = compiled.get(catalogue);
  if (list) return list;
  list = Object.entries(catalogue)
    .filter(([key]) => /\{\d+\}/.test(key))
    .map(([key, entry]) => {
      const order: number[] = [];
      const source = key
        .split(/(\{\d+\})/)
        .map((part, i) => {
          const n = /^\{(\d+)\}$/.exec(part);
          if (!n) return escape(part);
          order.push(Number(n[1]));
          // A value opening the message (a name, a number, a sentence before "Nothing was saved.") is one
          // sentence at most: otherwise "{0} changes planned" would swallow "Dry run: nothing was written. 3".
          return i === 1 && key.startsWith(part) ? "((?:(?![.!?]\\s+[A-Z0-9“(]).)*?)" : "(.*?)";
        })
        .join("");
      const quoted = new Set([...key.matchAll(/[“«"]\{(\d+)\}[”»"]/g)].map((q) => Number(q[1])));
      return { re: new RegExp(`^${source}$`, "s"), entry, order, quoted, literal: key.replace(PLACEHOLDER, "").length };
    })
    .sort((a, b) => b.literal - a.literal)
    .map(({ re, entry, order, quoted }) => ({ re, entry, order, quoted }));
  compiled.set(catalogue, list);
  return list;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];
const MONTH_NAMES = [...MONTHS, "November", "December"];
const ENGLISH_DAY = new RegExp(`^(\\d{1,2}) (${MONTH_NAMES.join("|")}) (\\d{4})$`);
const GROUPED = /^\d{1,3}(,\d{3})+$/;
const LEADING_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?!\d)/;
const toNumber = (s: string) => Number(s.replace(/,/g, ""));

/** A value put into a message: a number or an English day for the language, else looked up itself. */
function translateValue(value: string, locale: Locale, depth: number): string {
  if (locale === "en") return value;
  // "2,000" was written for English readers; "2011" or "17" (a year, a label) stays as it is.
  if (GROUPED.test(value)) return formatNumber(toNumber(value), locale);
  const day = ENGLISH_DAY.exec(value);
  if (day) return formatDate(new Date(Date.UTC(Number(day[3]), MONTH_NAMES.indexOf(day[2]!), Number(day[1]))), locale);
  if (depth >= 3) return value;
  // " (2 already had it)": the words looked up, the spaces around them kept.
  const [, before, words, after] = /^(\s*)(.*?)(\s*)$/s.exec(value)!;
  const whole = lookup(words!, locale, depth + 1);
  if (whole !== words) return `${before}${whole}${after}`;
  // "title, the date": field names listed in lower case (a conflict note); each known one translated.
  const parts = words!.split(", ");
  const known = parts.map((part) => lowerCaseEntry(part, locale));
  return known.every((k) => k !== null) ? `${before}${known.join(", ")}${after}` : value;
}

/** "title" when the catalogue knows "Title": its translation, starting in lower case too. */
function lowerCaseEntry(part: string, locale: Exclude<Locale, "en">): string | null {
  const exact = SERVER_CATALOGUES[locale][part];
  if (typeof exact === "string") return exact;
  const upper = part.charAt(0).toUpperCase() + part.slice(1);
  const entry = upper !== part ? SERVER_CATALOGUES[locale][upper] : undefined;
  return typeof entry === "string" ? entry.charAt(0).toLowerCase() + entry.slice(1) : null;
}

function pluralForm(entry: PluralForms, values: string[], locale: Locale): string {
  const count = values.map((v) => LEADING_NUMBER.exec(v ?? "")?.[1]).find((n) => n !== undefined);
  if (count === undefined) return entry.other;
  const rule = new Intl.PluralRules(locale).select(toNumber(count));
  return entry[rule] ?? entry.other;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z0-9“(])/;

/** The entry for exactly this text, if any: exact, else the most specific pattern. */
function entryFor(text: string, catalogue: ServerCatalogue, locale: Locale, depth: number): string | null {
  const exact = catalogue[text];
  if (exact !== undefined) return typeof exact === "string" ? exact : exact.other;
  for (const p of patterns(catalogue)) {
    const m = p.re.exec(text);
    if (!m) continue;
    const values: string[] = [];
    p.order.forEach((n, i) => (values[n] = m[i + 1]!));
    const template = typeof p.entry === "string" ? p.entry : pluralForm(p.entry, values, locale);
    return template.replace(/\{(\d+)(#?)\}/g, (all, n: string, leading: string, at: number) => {
      const v = values[Number(n)];
      if (v === undefined) return all;
      if (!leading) {
        const out = p.quoted.has(Number(n)) ? v : translateValue(v, locale, depth);
        // "3 апреля 2011 г." at the end of a sentence: one full stop, not two.
        return out.endsWith(".") && template[at + all.length] === "." ? out.slice(0, -1) : out;
      }
      const number = LEADING_NUMBER.exec(v)?.[1];
      return number === undefined ? all : formatNumber(toNumber(number), locale);
    });
  }
  return null;
}

function lookup(text: string, locale: Locale, depth: number): string {
  if (locale === "en" || text === "") return text;
  const catalogue = SERVER_CATALOGUES[locale];
  if (text in catalogue) return entryFor(text, catalogue, locale, depth)!;
  // A message joined from sentences ("Saved. Meanwhile …", "5 changes were applied. 2 rows in conflict …"):
  // sentence by sentence when every sentence is known — else a pattern could swallow several into one value.
  const sentences = depth === 0 ? text.split(SENTENCE_BREAK) : [text];
  if (sentences.length > 1) {
    const out = sentences.map((s) => entryFor(s, catalogue, locale, depth + 1));
    if (out.every((s) => s !== null)) return out.join(" ");
  }
  const whole = entryFor(text, catalogue, locale, depth);
  if (whole !== null) return whole;
  // Some sentences known, others not (data, or a sentence built elsewhere): translate what is known.
  if (sentences.length > 1) return sentences.map((s) => entryFor(s, catalogue, locale, depth + 1) ?? s).join(" ");
  return text;
}

/** The message in the language; English (the text itself) when the catalogue does not have it. */
export function translateServerMessage(text: string, locale: Locale): string {
  return lookup(text, locale, 0);
}

/** Whether a catalogue has an entry for this text, exactly or by a pattern (for tests and diagnostics). */
export function hasServerMessage(text: string, locale: Exclude<Locale, "en">): boolean {
  const catalogue = SERVER_CATALOGUES[locale];
  return text in catalogue || patterns(catalogue).some((p) => p.re.test(text));
}

/**
 * An action's answer in the language: its message, every field's message, and in a conflict the field labels
 * and who changed them (values are the record's data, never translated). `data` (tokens, ids) is left alone.
 */
export function translateActionState(state: ActionState, locale: Locale): ActionState {
  if (locale === "en" || state.status === "idle") return state;
  const t = (text: string) => translateServerMessage(text, locale);
  if (state.status === "ok") return { ...state, message: t(state.message) };
  const fieldErrors = Object.fromEntries(Object.entries(state.fieldErrors).map(([k, v]) => [k, v.map(t)]));
  const conflict = state.conflict && {
    ...state.conflict,
    changes: state.conflict.changes.map((c) => ({ ...c, label: t(c.label), by: t(c.by) })),
    conflicts: state.conflict.conflicts.map((c) => ({ ...c, label: t(c.label) })),
  };
  return { ...state, message: t(state.message), fieldErrors, ...(conflict ? { conflict } : {}) };
}

/**
 * The JSON answer of a route a page reads (file uploads): its `error`, `message` and every `fieldErrors` entry in
 * the language; the other properties (a file's SHA-256, its kind) as they are.
 */
export function translateAnswer(body: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  if (locale === "en") return body;
  const t = (v: unknown) => (typeof v === "string" ? translateServerMessage(v, locale) : v);
  const out: Record<string, unknown> = { ...body };
  for (const key of ["error", "message"]) if (key in out) out[key] = t(out[key]);
  if (out.fieldErrors && typeof out.fieldErrors === "object")
    out.fieldErrors = Object.fromEntries(
      Object.entries(out.fieldErrors as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.map(t) : v]),
    );
  return out;
}
