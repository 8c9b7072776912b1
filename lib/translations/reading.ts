// What the reading-language box of a page shows: the note on the text in front of the reader, the source of an
// official translation, and the links to read it in the original or another available language. Pure.
import { LANGUAGE_NAME, languageCode, readingNote, type ContentLanguage, type TranslationKind } from "./languages";
import type { TextIn } from "./queries";

export interface Reading {
  note: string;
  kind: TextIn["kind"];
  source: { documentTitle: string | null; documentHref: string | null; citation: string | null } | null;
  missing: string | null;
  options: { code: string; label: string; href: string; current: boolean }[];
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
  const options = [
    {
      code: languageCode(shown.originalLanguage),
      label: `Original (${LANGUAGE_NAME[shown.originalLanguage]})`,
      href: href(null),
      current: shown.isOriginal,
    },
    ...available.map((t) => ({
      code: languageCode(t.language),
      label: `${LANGUAGE_NAME[t.language]}, ${t.kind === "OFFICIAL" ? "official" : "working"} translation`,
      href: href(t.language),
      current: !shown.isOriginal && shown.language === t.language,
    })),
  ];
  const missing =
    shown.isOriginal && shown.requested !== shown.originalLanguage
      ? `This text has no translation into ${LANGUAGE_NAME[shown.requested]}: the original is shown.`
      : null;
  const s = shown.source;
  return {
    note: readingNote(shown),
    kind: shown.kind,
    source: s
      ? {
          documentTitle: s.documentTitle,
          documentHref: s.documentSlug ? `/documents/${encodeURIComponent(s.documentSlug)}` : null,
          citation: s.citation,
        }
      : null,
    missing,
    options,
  };
}
