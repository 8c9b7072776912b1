// The words of the readable audit history in one language: field names (namespace "fields"), entity types,
// actions, coded values and the few phrases that frame them ("auditEvents"), status words ("status") and roles
// ("role"), all from the message catalogues. A page passes the reader's language (`auditWords(await getLocale())`);
// code outside a request, the CSV export and the callers that predate the catalogues get English, which is
// word-for-word what the history said before it was translatable.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { wholeCatalogue } from "@/lib/i18n/translator";

/** A translator of the whole catalogue: keys are "namespace.key"; `has` tells a known key from an unknown one. */
export interface AuditTranslate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export interface AuditWords {
  locale: Locale;
  t: AuditTranslate;
}

const cache = new Map<Locale, AuditWords>();

/** The audit history's words in `locale` (built once per language: pages format hundreds of events). */
export function auditWords(locale: Locale = DEFAULT_LOCALE): AuditWords {
  let words = cache.get(locale);
  if (!words) {
    const translate = wholeCatalogue(locale);
    // The catalogue is not typed as a key union here: keys are built from codes the catalogue test covers.
    const t = ((key: string, values?: Record<string, string | number>) =>
      (translate as unknown as (k: string, v?: object) => string)(key, values)) as AuditTranslate;
    t.has = (key: string) => (translate as unknown as { has: (k: string) => boolean }).has(key);
    words = { locale, t };
    cache.set(locale, words);
  }
  return words;
}

/** English: the default of every builder, for tests, the CSV export and callers outside a request. */
export const english = (): AuditWords => auditWords(DEFAULT_LOCALE);
