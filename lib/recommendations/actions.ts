"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { failed } from "@/lib/actions/result";
import { addRecommendationCommand, editRecommendationCommand, importRecommendationsCommand } from "./commands";
import { MAX_IMPORT_BYTES } from "./import";

export async function addRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(addRecommendationCommand, form);
}

export async function editRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(editRecommendationCommand, form);
}

/** The uploaded file becomes a text field before the shared command path validates it. */
export async function importRecommendationsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return failed(form, "The file is too large. Nothing was imported.", { file: [`The file is larger than ${MAX_IMPORT_BYTES / 1_000} kB: split it into smaller files.`] });
    form.set("csv", await file.text());
    form.set("fileName", file.name);
  }
  form.delete("file");
  return perform(importRecommendationsCommand, form);
}
