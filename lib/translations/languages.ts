// The languages a stored text can be in, and the words a reader sees for them. Pure: shared by pages, forms,
// exports and the read API. The interface language (next-intl, i18n/) is another matter: a reader may read the
// interface in Kazakh and a recommendation in its English original.
import type { ContentLanguage, TranslatedText, TranslationKind } from "@/lib/generated/prisma/enums";

export type { ContentLanguage, TranslatedText, TranslationKind };

export const LANGUAGES = ["EN", "RU", "KK"] as const satisfies readonly ContentLanguage[];

/** The language's name in English, as the interface writes it today. */
export const LANGUAGE_NAME: Record<ContentLanguage, string> = { EN: "English", RU: "Russian", KK: "Kazakh" };

/** The lower-case code used in URLs (?text=ru) and in the read API, like the interface locales. */
export const languageCode = (l: ContentLanguage) => l.toLowerCase() as "en" | "ru" | "kk";

/** A `?text=` value (or a locale such as "ru-KZ") as a language; null for anything else. */
export function parseLanguage(value: unknown): ContentLanguage | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return null;
  const code = v.trim().slice(0, 2).toUpperCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as ContentLanguage) : null;
}

export const SUBJECT_NAME: Record<TranslatedText, string> = {
  RECOMMENDATION_TEXT: "recommendation text",
  RESPONSE_TEXT: "response text",
  DOCUMENT_TITLE: "document title",
};

export const KIND_NAME: Record<TranslationKind, string> = { OFFICIAL: "Official", WORKING: "Working" };

/** What a reader is told about the text in front of them. Never "official" unless it is. */
export function readingNote(t: {
  language: ContentLanguage;
  isOriginal: boolean;
  kind: TranslationKind | "ORIGINAL" | null;
  translator: string | null;
}): string {
  const language = LANGUAGE_NAME[t.language];
  if (t.isOriginal) return `Original, ${language}`;
  if (t.kind === "OFFICIAL") return `Official translation into ${language} by ${t.translator}`;
  return `Working translation into ${language} by ${t.translator}, not official`;
}
