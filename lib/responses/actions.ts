"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { addResponseCommand, correctResponseCommand, withdrawResponseCommand } from "./commands";

export async function addResponseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(addResponseCommand, form);
}

export async function correctResponseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(correctResponseCommand, form);
}

export async function withdrawResponseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(withdrawResponseCommand, form);
}
