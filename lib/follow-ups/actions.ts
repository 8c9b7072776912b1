"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { addFollowUpCommand, correctFollowUpCommand, withdrawFollowUpCommand } from "./commands";

export async function addFollowUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(addFollowUpCommand, form);
}

export async function correctFollowUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(correctFollowUpCommand, form);
}

export async function withdrawFollowUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(withdrawFollowUpCommand, form);
}
