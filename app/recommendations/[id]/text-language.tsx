// The recommendation's text in the language the reader chose (?text=ru), the box saying which language that
// is, and for editors the translation forms. Translations are current data: the "status on" and "as recorded
// on" views show the authoritative original (docs/decisions/017-multilingual-content.md).
import { ReadingLanguage } from "@/components/translations/reading-language";
import { TranslationEditor } from "@/components/translations/translation-editor";
import { languageCode, parseLanguage } from "@/lib/translations/languages";
import { textIn, translationsOf } from "@/lib/translations/queries";
import { readingOf } from "@/lib/translations/reading";
import { addTranslationAction, correctTranslationAction, removeTranslationAction } from "@/lib/translations/actions";

interface Options {
  recommendationId: string;
  /** The raw `text` parameter of the address. */
  requested: unknown;
  /** The current view (no moment): translations are offered. */
  now: boolean;
  editor: boolean;
  userName: string | null;
  path: string;
  documents: { value: string; label: string; group?: string }[];
}

export async function readingFor(o: Options) {
  const entity = { subject: "RECOMMENDATION_TEXT" as const, id: o.recommendationId };
  const { original, translations } = await translationsOf(entity, { editor: o.editor });
  if (!original) return undefined;
  const language = (o.now ? parseLanguage(o.requested) : null) ?? original.language;
  const shown = await textIn(entity, language, { editor: o.editor });
  if (!shown) return undefined;
  const reading = readingOf(shown, o.now ? translations : [], o.path);
  return {
    // In the views of a moment the body shows the text as it was then (always the original).
    text: o.now ? shown.text : undefined,
    lang: languageCode(shown.language),
    controls: (
      <>
        <ReadingLanguage {...reading} />
        {o.now && o.editor && (
          <TranslationEditor
            subject={entity.subject}
            subjectId={o.recommendationId}
            originalLanguage={original.language}
            translations={translations}
            documents={o.documents}
            userName={o.userName ?? ""}
            actions={{ add: addTranslationAction, correct: correctTranslationAction, remove: removeTranslationAction }}
          />
        )}
      </>
    ),
  };
}
