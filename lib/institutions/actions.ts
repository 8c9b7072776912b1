"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { createInstitutionCommand, editInstitutionCommand, assignInstitutionCommand, unassignInstitutionCommand } from "./commands";

export async function createInstitutionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(createInstitutionCommand, form);
}

export async function editInstitutionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(editInstitutionCommand, form);
}

export async function assignInstitutionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(assignInstitutionCommand, form);
}

export async function unassignInstitutionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(unassignInstitutionCommand, form);
}
