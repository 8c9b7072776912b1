"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { recordToForm } from "@/lib/actions/record-form";
import { canEdit } from "@/lib/auth/policy";
import { addResponse, correctResponse, withdrawResponse } from "./mutations";
import { CorrectResponseSchema, NewResponseSchema, WithdrawResponseSchema } from "./schema";

export const addResponseAction = action({
  name: "addResponse",
  schema: NewResponseSchema,
  allow: canEdit,
  run: addResponse,
  success: () => ({ message: "The state's response was added to its series." }),
});

export const correctResponseAction = action({
  name: "correctResponse",
  schema: CorrectResponseSchema,
  allow: canEdit,
  run: correctResponse,
  success: () => ({ message: "The response was corrected; the earlier version stays in the history." }),
  toForm: recordToForm,
});

export const withdrawResponseAction = action({
  name: "withdrawResponse",
  schema: WithdrawResponseSchema,
  allow: canEdit,
  run: withdrawResponse,
  success: () => ({ message: "The response was withdrawn; it stays in the history." }),
});
