// The texts of a report in its language (docs/decisions/017-multilingual-content.md): each recommendation and
// response text in the chosen language where a translation exists, otherwise the original, and how it is read
// (`reading`), so every format can mark it. Two queries per kind of text and batch (lib/translations textsIn).
import "server-only";
import { prisma } from "@/lib/db/client";
import { originalsOf } from "@/lib/translations/subjects";
import { textsIn, type TextIn } from "@/lib/translations/queries";
import type { ContentLanguage } from "@/lib/translations/languages";
import type { Moment } from "@/lib/status/moment";
import type { ExportItem, TextReading } from "./export-words";

// A report is read by anyone who may read the cycle: translations that only editors see (of a withdrawn response)
// are never printed.
const READER = { editor: false };

function reading(t: TextIn | undefined, fallback: ContentLanguage): TextReading {
  if (!t) {
    return {
      language: fallback,
      isOriginal: true,
      kind: "ORIGINAL",
      translator: null,
      source: null,
      originalLanguage: fallback,
    };
  }
  const source = t.source ? [t.source.documentTitle, t.source.citation].filter(Boolean).join(", ") || null : null;
  return {
    language: t.language,
    isOriginal: t.isOriginal,
    kind: t.kind,
    translator: t.translator,
    source,
    originalLanguage: t.originalLanguage,
  };
}

/**
 * The batch with its texts in `language`. A translation is of the text as it stands now: a report "as recorded on"
 * an earlier day whose text differed then shows that day's original, marked as such.
 */
export async function withTexts(items: ExportItem[], language: ContentLanguage, m: Moment): Promise<ExportItem[]> {
  if (items.length === 0) return items;
  const recIds = items.map((i) => i.id);
  const respIds = items.flatMap((i) => (i.responseId && i.response?.text ? [i.responseId] : []));
  const [recs, resps] = await Promise.all([
    textsIn("RECOMMENDATION_TEXT", recIds, language, READER),
    textsIn("RESPONSE_TEXT", respIds, language, READER),
  ]);
  // Only another moment's texts can differ from today's originals: compare before lending them a translation.
  const db = m.asOf ? await prisma() : null;
  const [recNow, respNow] = db
    ? await Promise.all([originalsOf(db, "RECOMMENDATION_TEXT", recIds), originalsOf(db, "RESPONSE_TEXT", respIds)])
    : [null, null];
  const usable = (t: TextIn | undefined, shown: string, now: Map<string, { text: string }> | null, id: string) =>
    t && !t.isOriginal && (!now || now.get(id)?.text === shown) ? t : undefined;

  return items.map((item) => {
    const rec = recs.get(item.id);
    const recT = usable(rec, item.text, recNow, item.id);
    const recLang = rec?.originalLanguage ?? "EN";
    const textReading = recT ? reading(recT, recLang) : reading(undefined, recLang);
    let response = item.response;
    let responseReading: TextReading | null = null;
    if (item.response?.text && item.responseId) {
      const r = resps.get(item.responseId);
      const rT = usable(r, item.response.text, respNow, item.responseId);
      const rLang = r?.originalLanguage ?? "EN";
      responseReading = rT ? reading(rT, rLang) : reading(undefined, rLang);
      if (rT) response = { ...item.response, text: rT.text };
    }
    return {
      ...item,
      text: recT ? recT.text : item.text,
      response,
      reading: { text: textReading, response: responseReading },
    };
  });
}
