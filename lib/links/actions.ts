"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { linkCommand, unlinkCommand } from "./commands";

export async function linkRecommendationsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(linkCommand, form);
}

export async function unlinkRecommendationsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(unlinkCommand, form);
}
