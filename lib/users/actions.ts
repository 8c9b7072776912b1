"use server";
// Server actions: the session, then the shared command path (lib/actions/command.ts).
import { perform } from "@/lib/actions/perform";
import type { ActionState } from "@/lib/actions/result";
import { createUserCommand, changeRoleCommand, setActiveCommand, createInviteCommand, editCycleCommand, editDocumentCommand, acceptInviteCommand } from "./commands";

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(createUserCommand, form);
}

export async function changeRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(changeRoleCommand, form);
}

export async function setActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(setActiveCommand, form);
}

export async function createInviteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(createInviteCommand, form);
}

export async function editCycleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(editCycleCommand, form);
}

export async function editDocumentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(editDocumentCommand, form);
}

export async function acceptInviteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return perform(acceptInviteCommand, form);
}
