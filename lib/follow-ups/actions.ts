"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { recordToForm } from "@/lib/actions/record-form";
import { canEdit } from "@/lib/auth/policy";
import { WithdrawSchema } from "@/lib/assessments/schema";
import { addFollowUp, correctFollowUp, withdrawFollowUp } from "./mutations";
import { CorrectFollowUpSchema, NewFollowUpSchema } from "./schema";

export const addFollowUpAction = action({
  name: "addFollowUp",
  schema: NewFollowUpSchema,
  allow: canEdit,
  run: addFollowUp,
  success: () => ({ message: "The follow-up entry was added." }),
});

export const correctFollowUpAction = action({
  name: "correctFollowUp",
  schema: CorrectFollowUpSchema,
  allow: canEdit,
  run: correctFollowUp,
  success: () => ({ message: "The follow-up entry was corrected; the earlier version stays in the history." }),
  toForm: recordToForm,
});

export const withdrawFollowUpAction = action({
  name: "withdrawFollowUp",
  schema: WithdrawSchema,
  allow: canEdit,
  run: withdrawFollowUp,
  success: () => ({ message: "The follow-up entry was withdrawn; it stays in the history." }),
});
