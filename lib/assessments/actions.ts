"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { addAssessmentCommand, correctAssessmentCommand, withdrawAssessmentCommand } from "./commands";

export async function addAssessmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(addAssessmentCommand, form);
}

export async function correctAssessmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(correctAssessmentCommand, form);
}

export async function withdrawAssessmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(withdrawAssessmentCommand, form);
}
