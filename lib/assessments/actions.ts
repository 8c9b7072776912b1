"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { recordToForm } from "@/lib/actions/record-form";
import { canEdit } from "@/lib/auth/policy";
import { addAssessment, correctAssessment, withdrawAssessment } from "./mutations";
import { CorrectAssessmentSchema, NewAssessmentSchema, WithdrawSchema } from "./schema";

export const addAssessmentAction = action({
  name: "addAssessment",
  schema: NewAssessmentSchema,
  allow: canEdit,
  run: addAssessment,
  success: () => ({ message: "The assessment was recorded." }),
});

export const correctAssessmentAction = action({
  name: "correctAssessment",
  schema: CorrectAssessmentSchema,
  allow: canEdit,
  run: correctAssessment,
  success: () => ({ message: "The assessment was corrected; the earlier version stays in the history." }),
  toForm: recordToForm,
});

export const withdrawAssessmentAction = action({
  name: "withdrawAssessment",
  schema: WithdrawSchema,
  allow: canEdit,
  run: withdrawAssessment,
  success: () => ({ message: "The assessment was withdrawn; it stays in the history." }),
});
