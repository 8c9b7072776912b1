// A state response's translations, under its original (which the panel shows as quoted): each one marked with
// its language, kind and translator ("working, not official"), and for editors the same translation forms as a
// recommendation's text, with the language of the original. Loaded here, per response, so that the response
// panel only renders this component (a recommendation has a handful of responses). In the view of a moment
// ("status on") the original alone is shown: translations are current reading aids
// (docs/decisions/017-multilingual-content.md).
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { languageCode } from "@/lib/translations/languages";
import { translationsOf } from "@/lib/translations/queries";
import { readingOfTranslation } from "@/lib/translations/reading";
import { addTranslationAction, correctTranslationAction, removeTranslationAction } from "@/lib/translations/actions";
import { ReadingLanguage } from "./reading-language";
import { TranslationEditor } from "./translation-editor";

const SUBJECT = "RESPONSE_TEXT" as const;

interface Props {
  responseId: string;
  /** The panel's "status on" day: null in the current view. */
  on: string | null;
  /** The panel's editing context (editors, current view): the documents a source may be. */
  edit?: { documents: { value: string; label: string; group?: string }[] };
}

export async function ResponseTranslations({ responseId, on, edit }: Props) {
  if (on) return null;
  const user = await getCurrentUser();
  const editor = Boolean(edit) && canEdit(user);
  const { original, translations } = await translationsOf({ subject: SUBJECT, id: responseId }, { editor });
  if (!original || (translations.length === 0 && !editor)) return null;
  const t = await getTranslations("translations");
  return (
    <div className="mt-2">
      {translations.length > 0 && (
        <details className="rounded-md border border-slate-200 px-3 py-2">
          <summary className="cursor-pointer text-sm font-semibold text-sky-800">
            {t("response.summary", { count: translations.length })}
          </summary>
          <p className="mt-2 text-sm text-slate-700">
            {t("response.original", { language: t(`name.${original.language}`) })}
          </p>
          {translations.map((tr) => (
            <div key={tr.id} className="mt-3">
              <ReadingLanguage {...readingOfTranslation(tr)} />
              <blockquote
                lang={languageCode(tr.language)}
                className="mt-2 max-w-prose font-serif leading-relaxed whitespace-pre-wrap text-slate-900"
              >
                {tr.text}
              </blockquote>
            </div>
          ))}
        </details>
      )}
      {editor && edit && (
        <TranslationEditor
          subject={SUBJECT}
          subjectId={responseId}
          originalLanguage={original.language}
          translations={translations}
          documents={edit.documents}
          userName={user?.name ?? ""}
          scope={`${responseId}-`}
          actions={{ add: addTranslationAction, correct: correctTranslationAction, remove: removeTranslationAction }}
        />
      )}
    </div>
  );
}
