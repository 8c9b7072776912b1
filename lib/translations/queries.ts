// Reading texts in a chosen language: `textIn` is the one helper pages, reports, exports and the read API use
// ("the text in the chosen language where a translation exists, otherwise the original, marked").
import "server-only";
import { prisma } from "@/lib/db/client";
import type { ContentLanguage, TranslatedText, TranslationKind } from "./languages";
import { originalOf, originalsOf } from "./subjects";

export interface TextSource {
  documentId: string | null;
  documentTitle: string | null;
  documentSlug: string | null;
  citation: string | null;
}

export interface TextIn {
  text: string;
  language: ContentLanguage;
  /** The stored, authoritative text. */
  isOriginal: boolean;
  /** ORIGINAL for the stored text; a translation says whether it is official. */
  kind: "ORIGINAL" | TranslationKind;
  /** Who made the translation (null for the original). */
  translator: string | null;
  /** An official translation's source (null for the original and for most working translations). */
  source: TextSource | null;
  /** The language asked for; differs from `language` when no translation exists and the original is shown. */
  requested: ContentLanguage;
  originalLanguage: ContentLanguage;
}

export interface TextEntity {
  subject: TranslatedText;
  id: string;
}

/** Who is reading: translations of texts only editors see (a withdrawn response's) are theirs alone. */
export interface Reader {
  editor: boolean;
}

const select = {
  id: true,
  language: true,
  text: true,
  kind: true,
  translator: true,
  sourceDocumentId: true,
  sourceCitation: true,
  version: true,
  sourceDocument: { select: { title: true, slug: true } },
} as const;

/** Every translation of a text a reader may see, by language (English, Russian, Kazakh); [] if none or hidden. */
export async function translationsOf(entity: TextEntity, reader: Reader) {
  const db = await prisma();
  const original = await originalOf(db, entity.subject, entity.id);
  if (!original || (!original.published && !reader.editor)) return { original, translations: [] };
  const rows = await db.contentTranslation.findMany({
    where: { subject: entity.subject, subjectId: entity.id },
    select,
  });
  const order: ContentLanguage[] = ["EN", "RU", "KK"];
  rows.sort((a, b) => order.indexOf(a.language) - order.indexOf(b.language));
  return { original, translations: rows };
}
export type TranslationRow = Awaited<ReturnType<typeof translationsOf>>["translations"][number];

/** The text in `language` where a translation exists (and the reader may see it), otherwise the original. */
export async function textIn(entity: TextEntity, language: ContentLanguage, reader: Reader): Promise<TextIn | null> {
  return (await textsIn(entity.subject, [entity.id], language, reader)).get(entity.id) ?? null;
}

/** `textIn` for many texts of one kind at once (reports, exports): two queries, whatever the number. */
export async function textsIn(
  subject: TranslatedText,
  ids: string[],
  language: ContentLanguage,
  reader: Reader,
): Promise<Map<string, TextIn>> {
  const db = await prisma();
  const originals = await originalsOf(db, subject, ids);
  const wanted = [...originals].filter(([, o]) => o.language !== language && (o.published || reader.editor));
  const rows = wanted.length
    ? await db.contentTranslation.findMany({
        where: { subject, language, subjectId: { in: wanted.map(([id]) => id) } },
        select: { ...select, subjectId: true },
      })
    : [];
  const translated = new Map(rows.map((t) => [t.subjectId, t]));
  const visible = new Set(wanted.map(([id]) => id));
  const out = new Map<string, TextIn>();
  for (const [id, original] of originals) {
    const t = visible.has(id) ? translated.get(id) : undefined;
    const base = { requested: language, originalLanguage: original.language };
    if (!t) {
      out.set(id, {
        text: original.text,
        language: original.language,
        isOriginal: true,
        kind: "ORIGINAL",
        translator: null,
        source: null,
        ...base,
      });
      continue;
    }
    const cited = t.sourceDocumentId !== null || t.sourceCitation !== null;
    out.set(id, {
      text: t.text,
      language: t.language,
      isOriginal: false,
      kind: t.kind,
      translator: t.translator,
      source: cited
        ? {
            documentId: t.sourceDocumentId,
            documentTitle: t.sourceDocument?.title ?? null,
            documentSlug: t.sourceDocument?.slug ?? null,
            citation: t.sourceCitation,
          }
        : null,
      ...base,
    });
  }
  return out;
}
