import { command } from "@/lib/actions/command";
import { recordToForm } from "@/lib/actions/record-form";
import { canEdit } from "@/lib/auth/policy";
import { addResponse, correctResponse, withdrawResponse } from "./mutations";
import { CorrectResponseSchema, NewResponseSchema, WithdrawResponseSchema } from "./schema";

export const addResponseCommand = command({
  name: "addResponse",
  schema: NewResponseSchema,
  allow: canEdit,
  run: addResponse,
  paths: (i) => [`/recommendations/${i.recommendationId}`],
  success: () => ({ message: "The state's response was added to its series." }),
});

export const correctResponseCommand = command({
  name: "correctResponse",
  schema: CorrectResponseSchema,
  allow: canEdit,
  run: correctResponse,
  paths: () => ["/recommendations/[id]"],
  success: () => ({ message: "The response was corrected; the earlier version stays in the history." }),
  toForm: recordToForm,
});

export const withdrawResponseCommand = command({
  name: "withdrawResponse",
  schema: WithdrawResponseSchema,
  allow: canEdit,
  run: withdrawResponse,
  paths: () => ["/recommendations/[id]"],
  success: () => ({ message: "The response was withdrawn; it stays in the history." }),
});
