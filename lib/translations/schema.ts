// Forms of the translation actions (shared by the form, the action and tests): one message per field.
import { z } from "zod";
import { entityId, formVersion, optionalEntityId, optionalText, plainText, reason } from "@/lib/validation";

const subject = z.enum(["RECOMMENDATION_TEXT", "RESPONSE_TEXT", "DOCUMENT_TITLE"], {
  message: "Choose which text this translates",
});
const language = z.enum(["EN", "RU", "KK"], { message: "Choose the language of the translation" });
const kind = z.enum(["OFFICIAL", "WORKING"], { message: "Choose whether the translation is official or working" });

const content = {
  kind,
  text: plainText("Translation", 20_000),
  translator: plainText("Translated by", 200),
  sourceDocumentId: optionalEntityId("Source document"),
  sourceCitation: optionalText("Source of the official translation", 500),
};

/** An official translation names where it was published: a document of the tracker, a citation, or both. */
function officialHasSource(
  v: { kind: string; sourceDocumentId?: string; sourceCitation?: string },
  ctx: z.RefinementCtx,
) {
  if (v.kind === "OFFICIAL" && !v.sourceDocumentId && !v.sourceCitation)
    ctx.addIssue({
      code: "custom",
      path: ["sourceCitation"],
      message: "An official translation needs its source: choose a document or cite where it was published",
    });
}

export const AddTranslationSchema = z
  .object({ subject, subjectId: entityId("Text"), language, ...content })
  .superRefine(officialHasSource);

export const CorrectTranslationSchema = z
  .object({ id: entityId("Translation"), version: formVersion, ...content, reason: reason(false) })
  .superRefine(officialHasSource);

export const RemoveTranslationSchema = z.object({ id: entityId("Translation"), reason: reason(true) });

// The language of the stored original itself (a response typed in Russian was labelled English by default).
export const SetOriginalLanguageSchema = z.object({
  subject,
  subjectId: entityId("Text"),
  language: z.enum(["EN", "RU", "KK"], { message: "Choose the language of the original" }),
  reason: reason(false),
});

export type AddTranslation = z.infer<typeof AddTranslationSchema>;
export type CorrectTranslation = z.infer<typeof CorrectTranslationSchema>;
export type RemoveTranslation = z.infer<typeof RemoveTranslationSchema>;
export type SetOriginalLanguage = z.infer<typeof SetOriginalLanguageSchema>;
