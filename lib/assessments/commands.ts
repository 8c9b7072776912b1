import { command } from "@/lib/actions/command";
import { recordToForm } from "@/lib/actions/record-form";
import { canEdit } from "@/lib/auth/policy";
import { addAssessment, correctAssessment, withdrawAssessment } from "./mutations";
import { CorrectAssessmentSchema, NewAssessmentSchema, WithdrawSchema } from "./schema";

export const addAssessmentCommand = command({
  name: "addAssessment",
  schema: NewAssessmentSchema,
  allow: canEdit,
  run: addAssessment,
  paths: (i) => [`/recommendations/${i.recommendationId}`],
  success: () => ({ message: "The assessment was recorded." }),
});

export const correctAssessmentCommand = command({
  name: "correctAssessment",
  schema: CorrectAssessmentSchema,
  allow: canEdit,
  run: correctAssessment,
  paths: () => ["/recommendations/[id]"],
  success: () => ({ message: "The assessment was corrected; the earlier version stays in the history." }),
  toForm: recordToForm,
});

export const withdrawAssessmentCommand = command({
  name: "withdrawAssessment",
  schema: WithdrawSchema,
  allow: canEdit,
  run: withdrawAssessment,
  paths: () => ["/recommendations/[id]"],
  success: () => ({ message: "The assessment was withdrawn; it stays in the history." }),
});
