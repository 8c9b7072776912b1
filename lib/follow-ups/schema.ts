import { z } from "zod";
import { calendarDate, entityId, formVersion, httpUrl, optionalEntityId, optionalText, plainText, requiredDate } from "@/lib/validation";

const fields = {
  actionDate: requiredDate("Date of the action", { notFuture: true }),
  actionTaken: plainText("Action taken", 20_000),
  institutionId: optionalEntityId("Responsible institution"),
  evidenceDocumentId: optionalEntityId("Evidence document"),
  evidenceLocation: optionalText("Page or section", 300),
  evidenceUrl: httpUrl("Evidence link"),
  nextStep: optionalText("Next step", 5_000),
  targetDate: calendarDate("Target date"),
  internal: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
};

export const NewFollowUpSchema = z.object({ recommendationId: entityId("Recommendation"), ...fields });
export const CorrectFollowUpSchema = z.object({
  id: entityId("Follow-up entry"),
  version: formVersion,
  ...fields,
  reason: plainText("Reason for the correction", 2000),
});

export type NewFollowUp = z.infer<typeof NewFollowUpSchema>;
export type CorrectFollowUp = z.infer<typeof CorrectFollowUpSchema>;
