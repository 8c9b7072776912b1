"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { addTranslation, correctTranslation, removeTranslation, setOriginalLanguage } from "./mutations";
import {
  AddTranslationSchema,
  CorrectTranslationSchema,
  RemoveTranslationSchema,
  SetOriginalLanguageSchema,
} from "./schema";

export const addTranslationAction = action({
  name: "addTranslation",
  schema: AddTranslationSchema,
  allow: canEdit,
  run: addTranslation,
  success: () => ({ message: "The translation was added." }),
});

export const correctTranslationAction = action({
  name: "correctTranslation",
  schema: CorrectTranslationSchema,
  allow: canEdit,
  run: correctTranslation,
  success: () => ({ message: "The translation was corrected." }),
});

export const removeTranslationAction = action({
  name: "removeTranslation",
  schema: RemoveTranslationSchema,
  allow: canEdit,
  run: removeTranslation,
  success: () => ({ message: "The translation was removed." }),
});

export const setOriginalLanguageAction = action({
  name: "setOriginalLanguage",
  schema: SetOriginalLanguageSchema,
  allow: canEdit,
  run: setOriginalLanguage,
  success: () => ({ message: "The language of the original was changed." }),
});
