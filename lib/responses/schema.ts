import { z } from "zod";
import { STATE_RESPONSE_ORDER, type StateResponseStatus } from "@/lib/vocab";
import { calendarDate, entityId, formVersion, httpUrl, optionalEntityId, optionalText } from "@/lib/validation";

export const StateResponseInputSchema = z.object({
  recommendationId: entityId("Recommendation"),
  version: formVersion,
  status: z.enum(STATE_RESPONSE_ORDER as [StateResponseStatus, ...StateResponseStatus[]], { message: "Choose the state's response" }),
  text: optionalText("Response text", 20_000),
  statusSentence: optionalText("Status sentence", 500),
  respondedOn: calendarDate("Date of the response", { notFuture: true }),
  documentId: optionalEntityId("Source document"),
  location: optionalText("Page or section", 300),
  sourceUrl: httpUrl("Source link"),
  reason: optionalText("Reason for the change", 2000),
});
export type StateResponseInput = z.infer<typeof StateResponseInputSchema>;
