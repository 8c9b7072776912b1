"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { saveStateResponseCommand } from "./commands";

export async function saveStateResponseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(saveStateResponseCommand, form);
}
