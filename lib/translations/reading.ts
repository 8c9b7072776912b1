// What the reading-language box of a page shows: which text is in front of the reader (the original, or an
// official or working translation and by whom), the source of an official translation, and the links to read it
// in the original or another available language. Pure: codes here, words from the "translations" namespace of
// the catalogues through `readingWords` (never "official" unless it is).
import { languageCode, type ContentLanguage, type TranslationKind } from "./languages";
import type { TextIn } from "./queries";

export interface ReadingOption {
  /** Lower-case code used in the address, e.g. "ru". */
  code: string;
  language: ContentLanguage;
  kind: TextIn["kind"];
  href: string;
  current: boolean;
}

export interface Reading {
  language: ContentLanguage;
  kind: TextIn["kind"];
  translator: string | null;
  source: { documentTitle: string | null; documentHref: string | null; citation: string | null } | null;
  /** The language asked for when the text has no translation into it (the original is shown). */
  missing: ContentLanguage | null;
  options: ReadingOption[];
}

/** `query`: the page's other parameters, kept in every link (e.g. a moment). */
export function readingOf(
  shown: TextIn,
  available: { language: ContentLanguage; kind: TranslationKind }[],
  path: string,
  query: Record<string, string> = {},
): Reading {
  const href = (language: ContentLanguage | null) => {
    const q = new URLSearchParams(query);
    q.delete("text");
    if (language) q.set("text", languageCode(language));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  const options: ReadingOption[] = [
    {
      code: languageCode(shown.originalLanguage),
      language: shown.originalLanguage,
      kind: "ORIGINAL",
      href: href(null),
      current: shown.isOriginal,
    },
    ...available.map((t) => ({
      code: languageCode(t.language),
      language: t.language,
      kind: t.kind,
      href: href(t.language),
      current: !shown.isOriginal && shown.language === t.language,
    })),
  ];
  const s = shown.source;
  return {
    language: shown.language,
    kind: shown.kind,
    translator: shown.translator,
    source: s
      ? {
          documentTitle: s.documentTitle,
          documentHref: s.documentSlug ? `/documents/${encodeURIComponent(s.documentSlug)}` : null,
          citation: s.citation,
        }
      : null,
    missing: shown.isOriginal && shown.requested !== shown.originalLanguage ? shown.requested : null,
    options,
  };
}

/** A translator of the "translations" namespace (useTranslations / getTranslations / createTranslator). */
export type TranslationWords = (key: string, values?: Record<string, string>) => string;

/** "Original, English" / "Working translation into Russian by X, not official" / "Official translation …". */
export function noteOf(
  t: TranslationWords,
  r: { language: ContentLanguage; kind: TextIn["kind"]; translator: string | null },
): string {
  if (r.kind === "ORIGINAL") return t("reading.original", { language: t(`name.${r.language}`) });
  const values = { language: t(`into.${r.language}`), translator: r.translator ?? "" };
  return t(r.kind === "OFFICIAL" ? "reading.official" : "reading.working", values);
}

/** "Original (English)", "Russian, working translation", "Kazakh, official translation". */
export function optionLabel(t: TranslationWords, o: Pick<ReadingOption, "language" | "kind">): string {
  const language = t(`name.${o.language}`);
  if (o.kind === "ORIGINAL") return t("reading.optionOriginal", { language });
  return t(o.kind === "OFFICIAL" ? "reading.optionOfficial" : "reading.optionWorking", { language });
}

/** "This text has no translation into Kazakh: the original is shown." */
export const missingNote = (t: TranslationWords, language: ContentLanguage) =>
  t("reading.missing", { language: t(`into.${language}`) });

/** The box for one stored translation shown beside its original (a response's translations): no links. */
export function readingOfTranslation(t: {
  language: ContentLanguage;
  kind: TranslationKind;
  translator: string;
  sourceCitation: string | null;
  sourceDocument: { title: string; slug: string } | null;
}): Reading {
  const cited = t.sourceDocument !== null || t.sourceCitation !== null;
  return {
    language: t.language,
    kind: t.kind,
    translator: t.translator,
    source: cited
      ? {
          documentTitle: t.sourceDocument?.title ?? null,
          documentHref: t.sourceDocument ? `/documents/${encodeURIComponent(t.sourceDocument.slug)}` : null,
          citation: t.sourceCitation,
        }
      : null,
    missing: null,
    options: [],
  };
}
