// The interface languages and how a request's language is chosen (pure: unit-tested in locales.test.ts).
// Order of precedence (docs/decisions/016-languages.md): the signed-in user's setting, else the `locale`
// cookie set by the switcher, else the browser's Accept-Language, else English.

export const LOCALES = ["en", "ru", "kk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The cookie the language switcher sets (one year; read on every request). */
export const LOCALE_COOKIE = "locale";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language by its own name (an endonym reads the same in every interface language). */
export const LOCALE_NAME: Record<Locale, string> = { en: "English", ru: "Русский", kk: "Қазақша" };

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

/** "kk-KZ", "ru_RU", "RU" → our locale, by the primary language subtag; null for a language we do not have. */
/** A value that should name a language (next-intl's useLocale(), a stored setting) as one of ours: English if not. */
export function asLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/**
 * The best of our languages in an Accept-Language header ("kk-KZ,ru;q=0.8,en;q=0.5"): the highest q-value,
 * the header's order breaking ties; q=0 means "not this one". Null when none of ours is acceptable.
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header || header.length > 1000) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { locale: localeOfTag(tag ?? ""), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r): r is { locale: Locale; weight: number; index: number } => r.locale !== null && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.locale ?? null;
}

export interface LocaleSources {
  /** The signed-in user's saved choice (User.locale), if any. */
  userLocale?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}

/** The language of a request. Unknown values at any step are ignored, never trusted. */
export function resolveLocale({ userLocale, cookie, acceptLanguage }: LocaleSources): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(cookie)) return cookie;
  return matchAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
