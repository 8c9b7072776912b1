"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { addRecommendationCommand, editRecommendationCommand } from "./commands";

export async function addRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(addRecommendationCommand, form);
}

export async function editRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(editRecommendationCommand, form);
}
